using S3Criteria.Documents;
using S3Criteria.Evaluation;
using S3Criteria.Reports;
using S3Criteria.Waivers;
using S3Criteria.Writers;
using static S3Criteria.Tests.Support.RuleHarness;

namespace S3Criteria.Tests.Waivers;

public sealed class WaiverSetTests
{
    private static readonly S3Criteria.Engine.RuleSet Rules = Build(RuleFile("""
          - id: R
            title: Every priority has a budget
            severity: blocking
            for-each: priority
            require: priority.budget is present
            message: no budget
        """));

    private static ComplianceReport Evaluate(string waivers) =>
        new ComplianceEvaluator(Rules, new ComplianceEvaluatorOptions { TimeProvider = new FixedTime(Today), Waivers = WaiverSet.Parse(waivers, "w.yaml") })
            .Evaluate(StrategyDocument.Parse(BaseStrategy + "priorities: [{ id: a, name: A }, { id: b, name: B, budget: 1 }]\n"));

    [Fact]
    public void Evaluate_WaiverInForce_MarksFindingWaivedAndRulePassesWithIt()
    {
        var report = Evaluate("waivers:\n  - { rule: R, subject: a, reason: Budget set in the 2027 amendment., expires: 2026-12-31 }\n");

        var finding = Assert.Single(report.Findings);
        Assert.True(finding.IsWaived);
        Assert.Equal("Budget set in the 2027 amendment.", finding.Waiver!.Reason);
        Assert.Equal(RuleOutcome.Waived, report.Rules[0].Outcome);
        Assert.Equal(Verdict.Fulfilled, report.Verdict);
        Assert.Empty(report.UnusedWaivers);
        Assert.Contains("\"inForce\": true", ComplianceReportJson.Serialize(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ExpiredWaiver_CountsAgain()
    {
        var report = Evaluate("waivers:\n  - { rule: R, reason: Old., expires: 2026-11-24 }\n");

        var finding = Assert.Single(report.Findings);
        Assert.False(finding.IsWaived);
        Assert.NotNull(finding.Waiver);
        Assert.Equal(RuleOutcome.Failed, report.Rules[0].Outcome);
        Assert.Equal(Verdict.NotFulfilled, report.Verdict);
    }

    [Fact]
    public void Evaluate_WaiverMatchingNothing_IsListedAsUnused()
    {
        var report = Evaluate("waivers:\n  - { rule: R, subject: b, reason: Not needed., expires: 2027-01-01 }\n");

        Assert.Equal("b", Assert.Single(report.UnusedWaivers).SubjectId);
        Assert.False(Assert.Single(report.Findings).IsWaived);
    }

    [Fact]
    public void Parse_BadWaivers_ReportsEveryProblemWithPosition()
    {
        var exception = Assert.Throws<WaiverFileException>(() => WaiverSet.Parse("waivers:\n  - { rule: R, reason: x, expires: soon }\n  - { rule: R, resaon: x }\n", "w.yaml"));

        Assert.Equal(
            ["w.yaml(2,36): error S3Y0007: 'soon' is not a date written YYYY-MM-DD.", "w.yaml(3,16): error S3Y0004: Unknown key 'resaon' in a waiver. Did you mean 'reason'? Expected one of: rule, subject, reason, expires, owner.", "w.yaml(3,5): error S3Y0006: A waiver needs 'reason'.", "w.yaml(3,5): error S3Y0006: A waiver needs 'expires' (a date written YYYY-MM-DD: waivers do not last for ever)."],
            exception.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("reason: '   '", "w.yaml(2,36): error S3Y0007: 'reason' is blank; a waiver needs a real reason.")]
    [InlineData("reason: \"\\t \"", "w.yaml(2,36): error S3Y0007: 'reason' is blank; a waiver needs a real reason.")]
    public void Parse_ReasonOfOnlySpaces_IsALocatedErrorNotAnArgumentException(string reason, string expected)
    {
        var exception = Assert.Throws<WaiverFileException>(() => WaiverSet.Parse($"waivers:\n  - {{ rule: R, subject: a, {reason}, expires: 2026-12-31 }}\n", "w.yaml"));

        Assert.Equal([expected], exception.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Load_ReasonOfOnlySpaces_IsALocatedError()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "waivers:\n  - rule: R\n    reason: \"  \"\n    expires: 2026-12-31\n");

            var diagnostic = Assert.Single(Assert.Throws<WaiverFileException>(() => WaiverSet.Load(path)).Diagnostics);

            Assert.Equal(new S3Criteria.Diagnostics.SourceLocation(path, 3, 13), diagnostic.Location);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
