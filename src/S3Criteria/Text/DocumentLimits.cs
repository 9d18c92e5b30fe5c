namespace S3Criteria.Text;

/// <summary>
/// Limits on what a strategy document, rule file or waiver file may contain, so that hostile or broken input is
/// rejected quickly, in bounded memory, with a located error. YAML aliases are never expanded (they are an error), so
/// alias bombs cannot grow.
/// </summary>
/// <threadsafety static="true" instance="true"/>
public sealed class DocumentLimits
{
    /// <summary>The limits used when none are given.</summary>
    public static readonly DocumentLimits Default = new();

    /// <summary>Gets the largest document, in characters.</summary>
    /// <value>The default is 10,000,000 (about 10 MB).</value>
    public int MaxDocumentLength { get; init; } = 10_000_000;

    /// <summary>Gets how deeply mappings and lists may nest.</summary>
    /// <value>The default is 32.</value>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Gets how many items a single mapping or list may hold.</summary>
    /// <value>The default is 10,000.</value>
    public int MaxItems { get; init; } = 10_000;

    /// <summary>Gets the longest single value, in characters.</summary>
    /// <value>The default is 100,000.</value>
    public int MaxValueLength { get; init; } = 100_000;
}
