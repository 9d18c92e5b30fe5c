using System.Globalization;

namespace S3Criteria.Diagnostics;

/// <summary>A list argument cut to its first items: <c>a, b, c, … and 7 more</c>, the last part in the reader's language.</summary>
/// <param name="Shown">The items shown, joined with ", ".</param>
/// <param name="More">How many items were left out.</param>
internal sealed record CutList(string Shown, int More) : ILocalizableArgument
{
    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Shown}, \u2026 and {More} more");

    /// <inheritdoc/>
    public string Localize(IPhrases phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        return $"{Shown}, {phrases.Format("report.and-more", ("count", More))}";
    }
}
