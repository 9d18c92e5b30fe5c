using S3Criteria.Diagnostics;

namespace S3Criteria.Tests.Diagnostics;

/// <summary>The plural categories of whole numbers, checked against the examples of the CLDR plural rules chart.</summary>
public sealed class PluralRulesTests
{
    [Theory]
    [InlineData("en", 0, "other")]
    [InlineData("en", 1, "one")]
    [InlineData("en", 2, "other")]
    [InlineData("de", 1, "one")]
    [InlineData("hu", 21, "other")]
    [InlineData("fi", 1, "one")]
    [InlineData("el", 0, "other")]
    [InlineData("it", 1_000_000, "many")]
    [InlineData("es", 2_000_000, "many")]
    [InlineData("it", 1_000_001, "other")]
    [InlineData("fr", 0, "one")]
    [InlineData("fr", 1, "one")]
    [InlineData("fr", 2, "other")]
    [InlineData("fr", 1_000_000, "many")]
    [InlineData("pt", 0, "other")] // European Portuguese: "0 relatórios"
    [InlineData("pt", 1, "one")]
    [InlineData("hr", 1, "one")]
    [InlineData("hr", 21, "one")]
    [InlineData("hr", 101, "one")]
    [InlineData("hr", 11, "other")]
    [InlineData("hr", 111, "other")]
    [InlineData("hr", 2, "few")]
    [InlineData("hr", 4, "few")]
    [InlineData("hr", 22, "few")]
    [InlineData("hr", 104, "few")]
    [InlineData("hr", 12, "other")]
    [InlineData("hr", 14, "other")]
    [InlineData("hr", 5, "other")]
    [InlineData("hr", 0, "other")]
    [InlineData("ro", 1, "one")]
    [InlineData("ro", 0, "few")]
    [InlineData("ro", 2, "few")]
    [InlineData("ro", 19, "few")]
    [InlineData("ro", 101, "other")] // CLDR 41 and earlier: few
    [InlineData("ro", 102, "few")]
    [InlineData("ro", 119, "few")]
    [InlineData("ro", 1001, "other")]
    [InlineData("ro", 20, "other")]
    [InlineData("ro", 100, "other")]
    [InlineData("ro", 120, "other")]
    [InlineData("xx", 1, "one")] // not shipped: English's rule
    public void Category_WholeNumber_IsTheCldrCategory(string language, long number, string expected) =>
        Assert.Equal(expected, PluralRules.Category(language, number));

    [Theory]
    [InlineData("en", 0, 3)]
    [InlineData("hr", 0, 30)]
    [InlineData("ro", 0, 130)]
    [InlineData("fr", 0, 3)]
    public void Category_EveryNumber_IsOneOfTheLanguagesCategories(string language, int from, int to)
    {
        var categories = PluralRules.Categories(language);

        Assert.All(Enumerable.Range(from, to - from + 1), n => Assert.Contains(PluralRules.Category(language, n), categories));
        Assert.Equal("other", categories[^1]);
    }
}
