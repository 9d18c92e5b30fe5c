using System.Globalization;

namespace S3Criteria.Diagnostics;

/// <summary>
/// A count with its English noun, singular for 1 (<c>1 problem</c>, <c>2 problems</c>), for the texts that stay in
/// English (exception messages, the rule-authoring commands); translated texts use plural placeholders instead
/// (<see cref="PluralForm"/>).
/// </summary>
internal static class EnglishCount
{
    /// <summary>Writes <paramref name="count"/> and its noun.</summary>
    /// <param name="count">The count.</param>
    /// <param name="noun">The singular noun, such as <c>problem</c>.</param>
    /// <param name="plural">The plural noun when it is not <paramref name="noun"/> + <c>s</c>, such as <c>criteria</c>.</param>
    /// <returns>The text, such as <c>2 problems</c>.</returns>
    public static string Of(long count, string noun, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : plural ?? noun + "s");
}
