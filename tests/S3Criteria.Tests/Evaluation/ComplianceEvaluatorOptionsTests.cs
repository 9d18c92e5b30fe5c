using S3Criteria.Documents;
using S3Criteria.Evaluation;
using S3Criteria.Waivers;
using static S3Criteria.Tests.Support.RuleHarness;

namespace S3Criteria.Tests.Evaluation;

public sealed class ComplianceEvaluatorOptionsTests
{
    private static readonly S3Criteria.Engine.RuleSet Rules = Build(RuleFile("""
          - id: R
            title: Enough priorities
            severity: blocking
            require: count(priorities) >= 2
            message: "Only {count(priorities)} on {today}."
        """));

    private static readonly StrategyDocument Document = StrategyDocument.Parse(BaseStrategy + "priorities: [{ id: a, name: A }]\n", filePath: "s.yaml");

    [Fact]
    public void Constructor_NullRuleSet_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>("ruleSet", () => new ComplianceEvaluator(null!));

    [Fact]
    public void Evaluate_NullDocumentOrStrategy_ThrowsArgumentNullException()
    {
        var evaluator = Evaluator(Rules);

        Assert.Throws<ArgumentNullException>("document", () => evaluator.Evaluate((StrategyDocument)null!));
        Assert.Throws<ArgumentNullException>("strategy", () => evaluator.Evaluate((S3Criteria.Model.Strategy)null!));
    }

    [Fact]
    public void RuleSet_Evaluator_IsTheRuleSetItWasGiven() =>
        Assert.Same(Rules, new ComplianceEvaluator(Rules).RuleSet);

    [Fact]
    public void Evaluate_EvaluationDateAndClock_TheEvaluationDateWins()
    {
        var asOf = new DateOnly(2025, 3, 31);
        var evaluator = new ComplianceEvaluator(Rules, new ComplianceEvaluatorOptions { TimeProvider = new FixedTime(Today), EvaluationDate = asOf });

        var report = evaluator.Evaluate(Document);

        Assert.Equal(asOf, report.Provenance.EvaluationDate);
        Assert.Equal("Only 1 on 2025-03-31.", report.Findings[0].Message);
    }

    [Fact]
    public void Evaluate_ClockOnly_TakesTodayFromTheClock()
    {
        var report = new ComplianceEvaluator(Rules, new ComplianceEvaluatorOptions { TimeProvider = new FixedTime(Today) }).Evaluate(Document);

        Assert.Equal(Today, report.Provenance.EvaluationDate);
        Assert.Equal("Only 1 on 2026-11-25.", report.Findings[0].Message);
    }

    [Fact]
    public void Evaluate_NoOptions_UsesTheSystemClockEnglishAndNoWaivers()
    {
        var before = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

        var report = new ComplianceEvaluator(Rules).Evaluate(Document);

        Assert.InRange(report.Provenance.EvaluationDate, before, DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime));
        Assert.Equal("en", report.Provenance.Language);
        Assert.False(report.Findings[0].IsWaived);
        Assert.Empty(report.UnusedWaivers);
    }

    [Fact]
    public void Evaluate_Waivers_AreTheOnesOfTheOptions()
    {
        var waivers = new WaiverSet([new Waiver("R", null, "Agreed.", Today), new Waiver("S", null, "Unused.", Today)]);

        var report = new ComplianceEvaluator(Rules, new ComplianceEvaluatorOptions { EvaluationDate = Today, Waivers = waivers }).Evaluate(Document);

        Assert.True(report.Findings[0].IsWaived);
        Assert.Equal("S", Assert.Single(report.UnusedWaivers).RuleId);
    }

    [Fact]
    public void Evaluate_Provenance_NamesTheToolVersionWithoutBuildMetadata()
    {
        var version = typeof(ComplianceEvaluator).Assembly.GetName().Version!;

        var toolVersion = Evaluator(Rules).Evaluate(Document).Provenance.ToolVersion;

        Assert.StartsWith($"{version.Major}.{version.Minor}.{version.Build}", toolVersion, StringComparison.Ordinal);
        Assert.DoesNotContain('+', toolVersion);
    }
}
