using S3Criteria.Evaluation;
using S3Criteria.Model;
using S3Criteria.Reports;
using S3Criteria.Waivers;

namespace S3Criteria.Tests.Evaluation;

public sealed class WaiverMatcherTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static readonly Subject Priority = new(SubjectKind.Priority, "a", "A", "priorities[0]", null);

    [Fact]
    public void Match_ExpiredAndInForceWaivers_PrefersTheOneInForce()
    {
        var expired = new Waiver("R", "a", "Old.", Today.AddDays(-1));
        var inForce = new Waiver("R", null, "New.", Today);
        var matcher = new WaiverMatcher(new WaiverSet([expired, inForce]), Today);

        var (waiver, waived) = matcher.Match("R", Priority);

        Assert.Same(inForce, waiver);
        Assert.True(waived);
    }

    [Fact]
    public void Match_OnlyAnExpiredWaiver_AttachesItWithoutWaiving()
    {
        var expired = new Waiver("R", "a", "Old.", Today.AddDays(-1));
        var matcher = new WaiverMatcher(new WaiverSet([expired]), Today);

        var (waiver, waived) = matcher.Match("R", Priority);

        Assert.Same(expired, waiver);
        Assert.False(waived);
        Assert.Empty(matcher.Unused);
    }

    [Fact]
    public void Match_StrategySubject_MatchesAWaiverNamingTheStrategyKind()
    {
        var waiver = new Waiver("R", "strategy", "Covered elsewhere.", Today);
        var matcher = new WaiverMatcher(new WaiverSet([waiver]), Today);

        var match = matcher.Match("R", new Subject(SubjectKind.Strategy, "es43-ris3", "Strategy", null, null));

        Assert.Same(waiver, match.Waiver);
        Assert.Null(matcher.Match("R", new Subject(SubjectKind.Priority, "es43-ris3", "A", "priorities[0]", null)).Waiver);
    }

    [Fact]
    public void Unused_AfterMatching_ListsTheWaiversThatMatchedNothingInFileOrder()
    {
        var used = new Waiver("R", "a", "Used.", Today);
        var otherRule = new Waiver("S", "a", "Other rule.", Today);
        var otherSubject = new Waiver("R", "b", "Other subject.", Today);
        var matcher = new WaiverMatcher(new WaiverSet([otherRule, used, otherSubject]), Today);

        matcher.Match("R", Priority);

        Assert.Equal([otherRule, otherSubject], matcher.Unused);
    }
}
