using S3Criteria.Diagnostics;
using S3Criteria.Model;
using S3Criteria.Text;

namespace S3Criteria.Waivers;

/// <summary>
/// The waivers of a run, read from a YAML file:
/// <code>
/// waivers:
///   - rule: C7-16
///     subject: tourism        # optional: every subject when left out
///     reason: Covered by the national macro-regional coordinator.
///     expires: 2027-06-30
///     owner: RIS3 office      # optional
/// </code>
/// </summary>
/// <threadsafety static="true" instance="true"/>
public sealed class WaiverSet
{
    /// <summary>A set with no waivers.</summary>
    public static readonly WaiverSet Empty = new([]);

    private static readonly string[] Keys = ["rule", "subject", "reason", "expires", "owner"];
    private static readonly string[] RequiredKeys = ["rule", "reason", "expires"];

    /// <summary>Initializes a new instance of the <see cref="WaiverSet"/> class.</summary>
    /// <param name="waivers">The waivers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="waivers"/> is <see langword="null"/>.</exception>
    public WaiverSet(IEnumerable<Waiver> waivers)
    {
        ArgumentNullException.ThrowIfNull(waivers);
        Waivers = [.. waivers];
    }

    /// <summary>Gets the waivers, in file order.</summary>
    public IReadOnlyList<Waiver> Waivers { get; }

    /// <summary>Loads a waiver file, reading it no further than <see cref="DocumentLimits.Default"/> allows.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The waivers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="WaiverFileException">The file cannot be read or has problems; all are listed.</exception>
    public static WaiverSet Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var diagnostics = new List<Diagnostic>();
        var text = BoundedFile.ReadText(path, DocumentLimits.Default, diagnostics, Messages.WaiverFileNotReadable) ?? throw new WaiverFileException(diagnostics);
        return Parse(text, path);
    }

    /// <summary>Parses a waiver file's text.</summary>
    /// <param name="yaml">The text.</param>
    /// <param name="filePath">The file name to show in locations, if any.</param>
    /// <returns>The waivers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="yaml"/> is <see langword="null"/>.</exception>
    /// <exception cref="WaiverFileException">The text has problems; all are listed.</exception>
    public static WaiverSet Parse(string yaml, string? filePath = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var diagnostics = new List<Diagnostic>();
        var waivers = new List<Waiver>();
        var root = YamlTreeReader.Read(new SourceText(yaml, filePath), diagnostics);
        if (root is YMapping map && map.Entries.Count == 1 && map.Entries[0].Key.Value == "waivers" && map.Entries[0].Value is YSequence list)
        {
            foreach (var item in list.Items)
            {
                if (Read(item, diagnostics) is { } waiver)
                {
                    waivers.Add(waiver);
                }
            }
        }
        else if (root is not null)
        {
            diagnostics.Add(Messages.WaiverFileNotList.At(root.Location, ("keys", Keys)));
        }

        return diagnostics.Count > 0 ? throw new WaiverFileException(diagnostics) : new WaiverSet(waivers);
    }

    private static Waiver? Read(YNode node, List<Diagnostic> diagnostics)
    {
        if (node is not YMapping map)
        {
            diagnostics.Add(Messages.WaiverNotMapping.At(node.Location, ("keys", Keys), ("found", node.KindName)));
            return null;
        }

        var values = new Dictionary<string, YScalar>(StringComparer.Ordinal);
        var blanks = new List<string>();
        foreach (var (key, value) in map.Entries)
        {
            if (!Keys.Contains(key.Value))
            {
                diagnostics.Add(Messages.WaiverUnknownKey.At(key.Location, ("key", key.Value), ("suggestion", NameSuggester.Suggest(key.Value, Keys)), ("keys", Keys)));
            }
            else if (value is YScalar { IsNull: false } scalar && (!RequiredKeys.Contains(key.Value) || !string.IsNullOrWhiteSpace(scalar.Value)))
            {
                values[key.Value] = scalar;
            }
            else if (value is YScalar { IsNull: false } blank)
            {
                // A reason of only spaces explains nothing; the rule and the expiry cannot be blank either.
                diagnostics.Add(Messages.WaiverBlankValue.At(blank.Location, ("key", key.Value)));
                blanks.Add(key.Value);
            }
            else
            {
                diagnostics.Add(Messages.WaiverValueNotText.At(value.Location, ("key", key.Value)));
            }
        }

        var ok = true;
        foreach (var required in RequiredKeys.Where(k => !values.ContainsKey(k)))
        {
            ok = false;
            if (blanks.Contains(required))
            {
                continue;
            }

            diagnostics.Add(required == "expires" ? Messages.WaiverMissingExpiry.At(map.Location) : Messages.WaiverMissingKey.At(map.Location, ("key", required)));
        }

        DateOnly expires = default;
        if (values.TryGetValue("expires", out var date) && !IsoDate.TryParse(date.Value, out expires))
        {
            diagnostics.Add(Messages.WaiverInvalidDate.At(date.Location, ("value", date.Value)));
            // Stryker disable once Boolean : equivalent; Parse throws once any diagnostic is added, so a waiver built with the default date is never returned.
            ok = false;
        }

        return ok
            ? new Waiver(values["rule"].Value, values.GetValueOrDefault("subject")?.Value, values["reason"].Value, expires, values.GetValueOrDefault("owner")?.Value, map.Location)
            : null;
    }
}
