using S3Criteria.Documents;
using S3Criteria.Rules;
using S3Criteria.Writers;
using static S3Criteria.Tests.Support.RuleHarness;

namespace S3Criteria.Tests.Writers;

/// <summary>A baseline read from an earlier JSON report: findings it has are unchanged, the others new.</summary>
public sealed class ReportBaselineTests
{
    private const string Rules = """
          - id: A
            title: Every priority area has a budget above 100
            severity: blocking
            for-each: priority
            require: priority.budget > 100
            message: "{priority.name} has a budget of {priority.budget}"
          - id: B
            title: The strategy has three priority areas
            severity: advisory
            require: count(priorities) >= 3
            message: only {count(priorities)} priority areas.
        """;

    private const string Before = """
        priorities:
          - { id: a, name: Alpha, budget: 50 }

        """;

    // One finding more: priority b is below the budget too. The message of B changes (2 priority areas, not 1).
    private const string After = """
        priorities:
          - { id: a, name: Alpha, budget: 50 }
          - { id: b, name: Beta, budget: 60 }

        """;

    private static readonly S3Criteria.Engine.RuleSet RuleSet = Build(RuleFile(Rules));

    private static global::S3Criteria.Reports.ComplianceReport Evaluate(string body) =>
        Evaluator(RuleSet).Evaluate(StrategyDocument.Parse(BaseStrategy + body, filePath: "strategy.yaml"));

    private static ReportBaseline BaselineOf(global::S3Criteria.Reports.ComplianceReport report) =>
        ReportBaseline.TryParse(ReportWriterRegistry.Default.Get("json").WriteToString(new ReportWriterContext([new ReportEntry(report)], RuleSet)), "baseline.json").GetValueOrThrow();

    [Fact]
    public void StateOf_OneFindingAdded_MarksExactlyThatFindingNew()
    {
        var baseline = BaselineOf(Evaluate(Before));
        var report = Evaluate(After);

        var added = Assert.Single(baseline.NewFindings(report));
        Assert.Equal(("A", "b"), (added.RuleId, added.Subject.Id));
        Assert.Equal(3, report.Findings.Count);
        Assert.Equal(2, report.Findings.Count(f => baseline.StateOf(report, f) == BaselineState.Unchanged));
        Assert.True(baseline.HasNewFindingAtOrAbove([report], Severity.Blocking));
    }

    [Fact]
    public void HasNewFindingAtOrAbove_SameDocument_IsFalse()
    {
        var report = Evaluate(After);

        Assert.False(BaselineOf(report).HasNewFindingAtOrAbove([report], Severity.Info));
    }

    [Fact]
    public void TryParse_ListOfReports_ReadsEveryReport()
    {
        var json = ReportWriterRegistry.Default.Get("json").WriteToString(new ReportWriterContext([new(Evaluate(Before)), new(Evaluate(After))], RuleSet));

        Assert.Equal(3, ReportBaseline.TryParse(json).GetValueOrThrow().Count);
    }

    [Fact]
    public void TryParse_NotAReport_IsLocatedError()
    {
        var result = ReportBaseline.TryParse("{\n  \"strategy\": {\"id\": \"t\"},\n  \"findings\": [{\"ruleId\": \"A\"}]\n}", "old.json");

        Assert.False(result.Success);
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal(("old.json", 3), (problem.Location!.FilePath, problem.Location.Line));
        Assert.Contains("subject", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_InvalidJson_IsSyntaxError() =>
        Assert.False(ReportBaseline.TryParse("[{", "old.json").Success);
}
