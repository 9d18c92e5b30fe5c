using System.Globalization;

namespace S3Criteria.Model;

/// <summary>
/// The one date format of strategy documents, waiver files and evidence: <c>YYYY-MM-DD</c>, read and written the same
/// in every culture.
/// </summary>
internal static class IsoDate
{
    /// <summary>The format, as .NET spells it.</summary>
    public const string Format = "yyyy-MM-dd";

    /// <summary>Reads a date written <c>YYYY-MM-DD</c>; nothing else (no time, no other order) is accepted.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date, or the default value.</param>
    /// <returns>Whether <paramref name="text"/> is such a date.</returns>
    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Writes a date as <c>YYYY-MM-DD</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string ToText(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);
}
