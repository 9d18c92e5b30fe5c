using S3Criteria.Diagnostics;

namespace S3Criteria.Text;

/// <summary>A mapping (a YAML mapping or a JSON object): its entries in document order, duplicate keys already reported and dropped.</summary>
internal sealed class YMapping(SourceLocation location, IReadOnlyList<KeyValuePair<YScalar, YNode>> entries) : YNode(location)
{
    /// <summary>Gets the entries, in document order; each key keeps its own position.</summary>
    public IReadOnlyList<KeyValuePair<YScalar, YNode>> Entries { get; } = entries;

    /// <inheritdoc/>
    public override Phrase KindName => new("value.mapping", "a mapping");
}
