using S3Criteria.Documents;
using S3Criteria.Localization;

namespace S3Criteria.Tests.Localization;

/// <summary>The labels of one language: fallback, placeholders, and one format of dates and numbers in every language.</summary>
public sealed class LabelsTests
{
    [Theory]
    [InlineData("en", "Rule set s3 1.2, evaluated 2026-03-01")]
    [InlineData("it", "Insieme di regole s3 1.2, valutato il 2026-03-01")]
    [InlineData("el", "Σύνολο κανόνων s3 1.2, αξιολόγηση στις 2026-03-01")]
    public void Format_Date_IsIso8601InEveryLanguage(string language, string expected) =>
        Assert.Equal(expected, Labels.For(language).Format("report.rule-set", ("id", "s3"), ("version", "1.2"), ("date", new DateOnly(2026, 3, 1))));

    [Theory]
    [InlineData("en")]
    [InlineData("it")]
    [InlineData("el")]
    public void Format_Number_IsInvariantInEveryLanguage(string language) =>
        Assert.Contains("(12345 ", Labels.For(language).Format("report.improvements", ("count", 12345)), StringComparison.Ordinal);

    [Theory]
    [InlineData("it-IT", "it")]
    [InlineData("EL", "el")]
    [InlineData("xx", "en")]
    [InlineData(null, "en")]
    public void For_Tag_PicksTheShippedLanguageOrEnglish(string? tag, string expected) => Assert.Equal(expected, Labels.For(tag).Language);

    [Fact]
    public void Indexer_UnknownKey_ThrowsNamingIt()
    {
        var exception = Assert.Throws<KeyNotFoundException>(() => Labels.For("it")["no.such-key"]);

        Assert.Contains("no.such-key", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostic_OfADocument_IsTranslatedWithItsArguments()
    {
        var loaded = StrategyDocument.TryParse(Support.RuleHarness.BaseStrategy + "priorites: []\n", filePath: "s.yaml");
        var diagnostic = Assert.Single(loaded.Diagnostics);

        var italian = Labels.For("it").Diagnostic(diagnostic);
        var greek = Labels.For("el").Diagnostic(diagnostic);

        Assert.StartsWith("Unknown key 'priorites'", diagnostic.Message, StringComparison.Ordinal);
        Assert.StartsWith("Chiave sconosciuta 'priorites' in strategy.", italian, StringComparison.Ordinal);
        Assert.StartsWith("Άγνωστο κλειδί 'priorites'", greek, StringComparison.Ordinal);
        Assert.Contains("priorities", italian, StringComparison.Ordinal);
        Assert.Equal(diagnostic.Message, Labels.English.Diagnostic(diagnostic));
    }

    [Fact]
    public void Diagnostic_WithoutAMessageId_KeepsItsMessage()
    {
        var diagnostic = new S3Criteria.Diagnostics.Diagnostic("S3C0001", "made by hand");

        Assert.Equal("made by hand", Labels.For("it").Diagnostic(diagnostic));
    }
}
