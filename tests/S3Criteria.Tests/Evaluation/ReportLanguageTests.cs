using S3Criteria.Documents;
using S3Criteria.Evaluation;
using static S3Criteria.Tests.Support.RuleHarness;

namespace S3Criteria.Tests.Evaluation;

/// <summary>Which language a report is in (options, then the document's declaration, then English), and what fell back to English.</summary>
public sealed class ReportLanguageTests
{
    private const string Rules = """
          - id: A
            title: { en: Has a priority, it: Ha una priorità }
            severity: blocking
            require: count(priorities) >= 1
            message: no priority areas
            recommendation: { en: Add one., it: Aggiungerne una., el: Προσθέστε μία. }
        """;

    private static readonly S3Criteria.Engine.RuleSet RuleSet = Build(RuleFile(Rules));

    [Theory]
    [InlineData(null, null, "en")]
    [InlineData(null, "it", "it")]
    [InlineData(null, "it-IT", "it")]
    [InlineData(null, "pl", "en")]
    [InlineData("el", "it", "el")]
    [InlineData("EL-gr", null, "el")]
    public void Evaluate_OptionsThenDocument_PickTheLanguage(string? option, string? declared, string expected)
    {
        var document = StrategyDocument.Parse(BaseStrategy + (declared is null ? string.Empty : $"language: {declared}\n"), filePath: "s.yaml");

        var report = new ComplianceEvaluator(RuleSet, new ComplianceEvaluatorOptions { EvaluationDate = Today, Language = option }).Evaluate(document);

        Assert.Equal(expected, report.Provenance.Language);
    }

    [Fact]
    public void Evaluate_Italian_ListsTheTextsThatFellBack()
    {
        var report = new ComplianceEvaluator(RuleSet, new ComplianceEvaluatorOptions { EvaluationDate = Today, Language = "it" }).Evaluate(StrategyDocument.Parse(BaseStrategy + "priorities: []\n"));

        Assert.Equal(["C.title", "A.message"], report.Provenance.FallbackTexts);
        Assert.Equal("Ha una priorità", Assert.Single(report.Rules).Title);
        Assert.Equal("Aggiungerne una.", Assert.Single(report.Findings).Recommendation);
        Assert.Equal("no priority areas", report.Findings[0].Message);
    }

    [Fact]
    public void Evaluate_English_ListsNoFallback()
    {
        var report = new ComplianceEvaluator(RuleSet, new ComplianceEvaluatorOptions { EvaluationDate = Today }).Evaluate(StrategyDocument.Parse(BaseStrategy));

        Assert.Empty(report.Provenance.FallbackTexts);
    }

    [Fact]
    public void Constructor_UnknownLanguage_ThrowsListingTheAvailableOnes()
    {
        var exception = Assert.Throws<ArgumentException>(() => new ComplianceEvaluator(RuleSet, new ComplianceEvaluatorOptions { Language = "xx" }));

        Assert.Contains("available: en, de, el, es, fi, fr, hr, hu, it, pt, ro", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LanguageNotATag_IsALocatedError()
    {
        var loaded = StrategyDocument.TryParse(BaseStrategy + "language: 'it IT!'\n", filePath: "s.yaml");

        var diagnostic = Assert.Single(loaded.Diagnostics);
        Assert.Equal("language", diagnostic.Path);
        Assert.Equal(6, diagnostic.Location?.Line);
        Assert.Contains("BCP 47", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_CannotAssess_IsInTheLanguage()
    {
        // The strategy does not state its priorities: rule A cannot assess it.
        var report = new ComplianceEvaluator(RuleSet, new ComplianceEvaluatorOptions { EvaluationDate = Today, Language = "it" }).Evaluate(StrategyDocument.Parse(BaseStrategy));

        var finding = Assert.Single(report.Findings);
        Assert.StartsWith("Non valutabile: il documento non indica ", finding.Message, StringComparison.Ordinal);
        Assert.StartsWith("Aggiungere ", finding.Recommendation, StringComparison.Ordinal);
    }
}
