using S3Criteria.Diagnostics;

namespace S3Criteria.Text;

/// <summary>
/// A located node of a strategy document, for readers of formats other than YAML and JSON (the .xlsx workbook of
/// <c>S3Criteria.Office</c>): a reader builds the tree of mappings, lists and text values with where each came from,
/// and <see cref="Documents.StrategyDocument.TryBind"/> binds and validates it exactly as a YAML or JSON document, so
/// that every error is located in the reader's terms (a line and column, or a sheet and cell).
/// </summary>
/// <remarks>
/// Values are text in the spelling of a YAML document (<c>1.5</c>, <c>true</c>, <c>2027-06-30</c>, <c>interreg-c</c>);
/// the binder reads each by the type of its field. A key that is left out is "not given"; <see cref="Empty"/> is a key
/// given without a value (which, for a required value, is an error located at the empty node). The reader is
/// responsible for the limits of <see cref="DocumentLimits"/> while it reads.
/// </remarks>
/// <threadsafety static="true" instance="true"/>
public sealed class DocumentNode
{
    private DocumentNode(YNode node) => Node = node;

    /// <summary>Gets where the node was read from.</summary>
    public SourceLocation Location => Node.Location;

    internal YNode Node { get; }

    /// <summary>Creates a text value.</summary>
    /// <param name="value">The value, as a YAML document would spell it; <c>null</c> and the empty string stay text.</param>
    /// <param name="location">Where it was read from.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static DocumentNode Text(string value, SourceLocation location)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(location);
        return new DocumentNode(new YScalar(location, value, ScalarStyle.Quoted, 0, 0));
    }

    /// <summary>
    /// Creates a number or boolean value in its plain spelling (<c>1500000</c>, <c>2.5</c>, <c>true</c>), as a YAML
    /// document writes it without quotes; <see cref="Text"/> creates text.
    /// </summary>
    /// <param name="spelling">The spelling: a number or <c>true</c>/<c>false</c>.</param>
    /// <param name="location">Where it was read from.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="spelling"/> does not read as a number or a boolean.</exception>
    public static DocumentNode Plain(string spelling, SourceLocation location)
    {
        ArgumentNullException.ThrowIfNull(spelling);
        ArgumentNullException.ThrowIfNull(location);
        if (!YScalar.ReadsAsNumberOrBoolean(spelling))
        {
            throw new ArgumentException($"'{spelling}' is not a number or a boolean.", nameof(spelling));
        }

        return new DocumentNode(new YScalar(location, spelling, ScalarStyle.Plain, 0, 0));
    }

    /// <summary>Creates a value given without content, as a YAML key with nothing after it.</summary>
    /// <param name="location">Where it was read from.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="location"/> is <see langword="null"/>.</exception>
    public static DocumentNode Empty(SourceLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return new DocumentNode(new YScalar(location, string.Empty, ScalarStyle.Plain, 0, 0));
    }

    /// <summary>Creates a list.</summary>
    /// <param name="items">The items, in order.</param>
    /// <param name="location">Where the list was read from.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">An argument or an item is <see langword="null"/>.</exception>
    public static DocumentNode List(IEnumerable<DocumentNode> items, SourceLocation location)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(location);
        return new DocumentNode(new YSequence(location, [.. items.Select(item => (item ?? throw new ArgumentNullException(nameof(items))).Node)]));
    }

    /// <summary>Creates a mapping.</summary>
    /// <param name="entries">The keys and values, in order; each key at most once.</param>
    /// <param name="location">Where the mapping was read from.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">An argument or an entry is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two entries have the same key.</exception>
    public static DocumentNode Mapping(IEnumerable<DocumentEntry> entries, SourceLocation location)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(location);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<KeyValuePair<YScalar, YNode>>();
        foreach (var entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(entries));
            if (!seen.Add(entry.Key))
            {
                throw new ArgumentException($"The key '{entry.Key}' is given twice.", nameof(entries));
            }

            list.Add(new(new YScalar(entry.KeyLocation, entry.Key, ScalarStyle.Quoted, 0, 0), entry.Value.Node));
        }

        return new DocumentNode(new YMapping(location, list));
    }
}
