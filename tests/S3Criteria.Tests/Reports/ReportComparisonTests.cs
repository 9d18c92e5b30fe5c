using S3Criteria.Reports;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Reports;

/// <summary>
/// <see cref="ReportComparison"/>, behind <c>s3criteria diff</c>: each rule once with its state before and after, and a
/// regression only from fulfilled or not applicable to not fulfilled; to or from cannot assess is a change of
/// assessability.
/// </summary>
public sealed class ReportComparisonTests
{
    // C needs the stakeholders: without them it cannot be assessed; with them, it fails unless one takes part in the EDP.
    private static readonly string Rules = RuleHarness.RuleFile("""
          - id: R
            title: A stakeholder takes part in the EDP
            severity: blocking
            needs: [stakeholders]
            require: count(s in stakeholders where s.edp-participant) >= 1
            message: none of the stakeholders takes part
          - id: P
            title: No stakeholder from civil society
            severity: advisory
            for-each: stakeholder
            require: stakeholder.helix != civil-society
            message: civil society
        """);

    private const string NoStakeholders = "";
    private const string Outsiders = "stakeholders:\n  - { id: a, name: A, edp-participant: false, helix: civil-society }\n  - { id: b, name: B, edp-participant: false, helix: business }\n";
    private const string Participants = "stakeholders:\n  - { id: a, name: A, edp-participant: true, helix: research }\n  - { id: b, name: B, edp-participant: false, helix: business }\n";

    [Fact]
    public void Compare_AddingStakeholdersMovesCriterionFromCannotAssessToNotFulfilled_IsNoRegression()
    {
        var comparison = Compare(NoStakeholders, Outsiders);

        var criterion = Assert.Single(comparison.Criteria, c => c.CriterionId == "C");
        Assert.Equal((Verdict.CannotAssess, Verdict.NotFulfilled), (criterion.Before!.Value, criterion.After!.Value));
        Assert.Equal(CriterionChange.AssessabilityChanged, criterion.Change);
        Assert.False(comparison.HasRegression);
    }

    [Fact]
    public void Compare_CannotAssessToFailed_ListsTheFindingOnceNeitherFixedNorNew()
    {
        var comparison = Compare(NoStakeholders, Outsiders);

        var rule = Assert.Single(comparison.Rules, r => r.RuleId == "R");
        Assert.Equal((RuleOutcome.CannotAssess, RuleOutcome.Failed), (rule.Before!.Value, rule.After!.Value));
        var finding = Assert.Single(rule.Findings);
        Assert.Equal((FindingStatus.CannotAssess, FindingStatus.Failed, FindingChange.AssessabilityChanged), (finding.Before!.Value, finding.After!.Value, finding.Change));
        Assert.Equal("none of the stakeholders takes part", finding.Message);
        Assert.Equal(1, comparison.AssessabilityChanged);
    }

    [Fact]
    public void Compare_FailedToCannotAssess_IsAssessabilityChangedNotImproved()
    {
        var comparison = Compare(Outsiders, NoStakeholders);

        Assert.Equal(CriterionChange.AssessabilityChanged, comparison.Criteria.Single(c => c.CriterionId == "C").Change);
        Assert.False(comparison.HasRegression);
        Assert.Equal(FindingChange.AssessabilityChanged, comparison.Rules.Single(r => r.RuleId == "R").Findings.Single().Change);
    }

    [Fact]
    public void Compare_FulfilledToNotFulfilled_IsARegressionWithTheFindingNew()
    {
        var comparison = Compare(Participants, Outsiders);

        Assert.Equal(CriterionChange.Regressed, comparison.Criteria.Single(c => c.CriterionId == "C").Change);
        Assert.True(comparison.HasRegression);
        var finding = Assert.Single(comparison.Rules.Single(r => r.RuleId == "R").Findings);
        Assert.Equal((null, FindingStatus.Failed, FindingChange.New), (finding.Before, finding.After, finding.Change));
    }

    [Fact]
    public void Compare_NotFulfilledToFulfilled_IsImprovedWithTheFindingFixed()
    {
        var comparison = Compare(Outsiders, Participants);

        Assert.Equal(CriterionChange.Improved, comparison.Criteria.Single(c => c.CriterionId == "C").Change);
        Assert.False(comparison.HasRegression);
        Assert.Equal(FindingChange.Fixed, comparison.Rules.Single(r => r.RuleId == "R").Findings.Single().Change);
        Assert.Equal(FindingChange.Fixed, comparison.Rules.Single(r => r.RuleId == "P").Findings.Single().Change);
    }

    [Fact]
    public void Compare_SameDocument_ChangesNothing()
    {
        var comparison = Compare(Outsiders, Outsiders);

        Assert.All(comparison.Criteria, c => Assert.Equal(CriterionChange.Unchanged, c.Change));
        Assert.Empty(comparison.ChangedRules);
        Assert.Equal((0, 0, 0, 2), (comparison.Fixed, comparison.New, comparison.AssessabilityChanged, comparison.StillOpen));
        Assert.Equal(comparison.After.Rules.Count, comparison.Rules.Count);
    }

    [Fact]
    public void Compare_AdvisoryFindingOnANewSubject_IsNewButNoRegression()
    {
        var comparison = Compare(Outsiders, Outsiders.Replace("helix: business", "helix: civil-society", StringComparison.Ordinal));

        var rule = comparison.Rules.Single(r => r.RuleId == "P");
        Assert.True(rule.IsChanged);
        Assert.Equal([FindingChange.StillOpen, FindingChange.New], rule.Findings.Select(f => f.Change));
        Assert.Equal(["a", "b"], rule.Findings.Select(f => f.Subject.Id));
        Assert.False(comparison.HasRegression);
    }

    [Fact]
    public void Compare_Null_Throws()
    {
        var report = Evaluate(Outsiders);

        Assert.Throws<ArgumentNullException>(() => ReportComparison.Compare(null!, report));
        Assert.Throws<ArgumentNullException>(() => ReportComparison.Compare(report, null!));
    }

    [Theory]
    [InlineData(Verdict.Fulfilled, Verdict.NotFulfilled, CriterionChange.Regressed)]
    [InlineData(Verdict.NotApplicable, Verdict.NotFulfilled, CriterionChange.Regressed)]
    [InlineData(Verdict.NotFulfilled, Verdict.Fulfilled, CriterionChange.Improved)]
    [InlineData(Verdict.NotFulfilled, Verdict.NotApplicable, CriterionChange.Improved)]
    [InlineData(Verdict.CannotAssess, Verdict.NotFulfilled, CriterionChange.AssessabilityChanged)]
    [InlineData(Verdict.CannotAssess, Verdict.Fulfilled, CriterionChange.AssessabilityChanged)]
    [InlineData(Verdict.Fulfilled, Verdict.CannotAssess, CriterionChange.AssessabilityChanged)]
    [InlineData(Verdict.NotFulfilled, Verdict.CannotAssess, CriterionChange.AssessabilityChanged)]
    [InlineData(Verdict.Fulfilled, Verdict.NotApplicable, CriterionChange.Reclassified)]
    [InlineData(Verdict.NotFulfilled, Verdict.NotFulfilled, CriterionChange.Unchanged)]
    [InlineData(null, Verdict.Fulfilled, CriterionChange.Added)]
    [InlineData(Verdict.Fulfilled, null, CriterionChange.Removed)]
    public void Classify_VerdictPair_IsTheDocumentedChange(Verdict? before, Verdict? after, CriterionChange expected) =>
        Assert.Equal(expected, CriterionComparison.Classify(before, after));

    private static ComplianceReport Evaluate(string body) => RuleHarness.Evaluate(Rules, body);

    private static ReportComparison Compare(string before, string after) => ReportComparison.Compare(Evaluate(before), Evaluate(after));
}
