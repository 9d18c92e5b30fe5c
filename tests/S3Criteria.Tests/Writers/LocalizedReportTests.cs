using System.Text.RegularExpressions;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Evaluation;
using S3Criteria.Reports;
using S3Criteria.Tests.Support;
using S3Criteria.Writers;

namespace S3Criteria.Tests.Writers;

/// <summary>Reports of a sample in Italian and Greek: every heading differs from English, the HTML says its language.</summary>
public sealed partial class LocalizedReportTests
{
    private static readonly RuleSet BuiltIn = new RuleSetBuilder().AddBuiltInRules().Build();

    private static readonly StrategyDocument Puglia = StrategyDocument.Load(Repository.File("samples", "strategies", "puglia.yaml"));

    public static TheoryData<string> Translations() => ["it", "el"];

    [Theory]
    [MemberData(nameof(Translations))]
    public void Html_EveryHeading_DiffersFromEnglish(string language)
    {
        var english = Headings(Write("html", "en"));
        var translated = Headings(Write("html", language));

        Assert.Equal(english.Count, translated.Count);
        Assert.True(english.Count > 10, $"{english.Count} headings");
        for (var i = 0; i < english.Count; i++)
        {
            if (english[i] != Report("en").StrategyTitle)
            {
                // <h1> is the strategy's title: the document's own words.
                Assert.NotEqual(english[i], translated[i]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Markdown_EveryHeadingAndTableHeader_DiffersFromEnglish(string language)
    {
        static List<string> Lines(string text) => [.. text.Split('\n').Where(l => l.StartsWith('#') || l.StartsWith("| criterion", StringComparison.Ordinal) || l.StartsWith("| criterio", StringComparison.Ordinal) || l.StartsWith("| κριτήριο", StringComparison.Ordinal))];
        var english = Lines(Write("markdown", "en"));
        var translated = Lines(Write("markdown", language));

        Assert.Equal(english.Count, translated.Count);
        Assert.All(english.Zip(translated), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void SelfAssessment_EveryColumnHeader_DiffersFromEnglish(string language)
    {
        static string[] Headers(string text) => text.Split('\n').First(line => line.StartsWith("| ", StringComparison.Ordinal)).Split(" | ");
        var english = Headers(Write("self-assessment", "en"));
        var translated = Headers(Write("self-assessment", language));

        Assert.Equal(english.Length, translated.Length);
        Assert.All(english.Zip(translated), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [Theory]
    [InlineData("it", "# Autovalutazione della condizione abilitante 1.1", "Criterio 1: ")]
    [InlineData("el", "# Αυτοαξιολόγηση του αναγκαίου όρου 1.1", "Κριτήριο 1: ")]
    public void SelfAssessment_TitleRowsAndJustification_AreInTheLanguage(string language, string title, string criterion)
    {
        var text = Write("self-assessment", language);

        Assert.StartsWith(title, text, StringComparison.Ordinal);
        Assert.Contains(criterion, text, StringComparison.Ordinal);
        foreach (var english in new[] { "Self-assessment", "Criterion ", "The criterion", "Strategy: ", "Evaluated on", "Improvements", "Drafted by", "The strategy " })
        {
            Assert.DoesNotContain(english, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("it", "Condizione abilitante 1.1: ", "Cosa fare: ")]
    [InlineData("el", "Αναγκαίος όρος 1.1: ", "Τι πρέπει να γίνει: ")]
    public void Console_ConditionAndAdvice_AreInTheLanguage(string language, string condition, string advice)
    {
        var text = Write("console", language);

        Assert.Contains(condition, text, StringComparison.Ordinal);
        Assert.Contains(advice, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Enabling condition", text, StringComparison.Ordinal);
        Assert.DoesNotContain("What to do", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("it")]
    [InlineData("el")]
    public void Html_Lang_IsTheReportsLanguage(string language) =>
        Assert.Contains($"<html lang=\"{language}\">", Write("html", language), StringComparison.Ordinal);

    [Theory]
    [InlineData("it")]
    [InlineData("el")]
    public void Dates_InEveryFormat_AreIso8601(string language)
    {
        foreach (var format in new[] { "console", "markdown", "html" })
        {
            Assert.Contains("2026-11-25", Write(format, language), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Write_EnglishByDefault_IsTheSameAsEnglishAskedFor() =>
        Assert.Equal(Write("html", "en"), ReportWriterRegistry.Default.Get("html").WriteToString(new ReportWriterContext(Report(null), Puglia, BuiltIn)));

    private static ComplianceReport Report(string? language) =>
        new ComplianceEvaluator(BuiltIn, new ComplianceEvaluatorOptions { EvaluationDate = RuleHarness.Today, Language = language }).Evaluate(Puglia);

    private static string Write(string format, string language) =>
        ReportWriterRegistry.Default.Get(format).WriteToString(new ReportWriterContext(Report(language), Puglia, BuiltIn));

    private static List<string> Headings(string html) =>
        [.. Heading().Matches(html).Select(m => Tag().Replace(m.Groups[1].Value, string.Empty))];

    [GeneratedRegex(@"<(?:title|h[1-3])[^>]*>(.*?)</(?:title|h[1-3])>", RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
