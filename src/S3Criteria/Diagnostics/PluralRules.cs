namespace S3Criteria.Diagnostics;

/// <summary>
/// The plural category of a whole number in each shipped language, after the CLDR plural rules
/// (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html), for the numbers the tool
/// counts: whole and not negative. <c>one</c>, <c>few</c> (Croatian, Romanian), <c>many</c> (whole millions in French,
/// Italian, Spanish and Portuguese) or <c>other</c>.
/// </summary>
/// <remarks>
/// Romanian follows the current rule (<c>few</c>: 0, 2–19, 102–119, …); CLDR 41 and earlier also counted 101, 201, …
/// as <c>few</c>. Portuguese follows the rule of European Portuguese (<c>pt-PT</c>: only 1 is <c>one</c>), the variety of the
/// catalogue; CLDR's <c>pt</c> (Brazil) also counts 0 as <c>one</c>. French counts 0 and 1 as <c>one</c>. Any other
/// language follows English (<c>one</c> for 1).
/// </remarks>
internal static class PluralRules
{
    /// <summary>The categories a language distinguishes, <c>other</c> last.</summary>
    /// <param name="language">A language code, such as <c>hr</c>.</param>
    /// <returns>The category names.</returns>
    public static IReadOnlyList<string> Categories(string language) => language switch
    {
        "hr" or "ro" => ["one", "few", "other"],
        "fr" or "it" or "es" or "pt" => ["one", "many", "other"],
        _ => ["one", "other"],
    };

    /// <summary>The category of <paramref name="number"/> in <paramref name="language"/>.</summary>
    /// <param name="language">A language code, such as <c>hr</c>.</param>
    /// <param name="number">A whole number, 0 or more.</param>
    /// <returns><c>one</c>, <c>few</c>, <c>many</c> or <c>other</c>.</returns>
    public static string Category(string language, long number)
    {
        var last = number % 10;
        var lastTwo = number % 100;
        return language switch
        {
            "hr" when last == 1 && lastTwo != 11 => "one",
            "hr" when last is >= 2 and <= 4 && lastTwo is < 12 or > 14 => "few",
            "ro" when number == 1 => "one",
            "ro" when number == 0 || lastTwo is >= 2 and <= 19 => "few",
            "fr" when number is 0 or 1 => "one",
            "fr" or "it" or "es" or "pt" when number != 0 && number % 1_000_000 == 0 => "many",
            "hr" or "ro" or "fr" => "other",
            _ => number == 1 ? "one" : "other",
        };
    }
}
