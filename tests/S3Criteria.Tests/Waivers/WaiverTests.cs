using S3Criteria.Waivers;

namespace S3Criteria.Tests.Waivers;

public sealed class WaiverTests
{
    private static readonly DateOnly Expiry = new(2026, 6, 30);

    [Fact]
    public void Constructor_NullRuleId_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>("ruleId", () => new Waiver(null!, null, "Agreed.", Expiry));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankReason_ThrowsArgumentException(string reason) =>
        Assert.Throws<ArgumentException>(nameof(reason), () => new Waiver("R", null, reason, Expiry));

    [Fact]
    public void IsExpiredOn_ExpiryDayAndDayAfter_HoldsOnTheDayAndExpiresAfter()
    {
        var waiver = new Waiver("R", null, "Agreed.", Expiry);

        Assert.False(waiver.IsExpiredOn(Expiry));
        Assert.True(waiver.IsExpiredOn(Expiry.AddDays(1)));
    }

    [Fact]
    public void Matches_SubjectGivenOrLeftOut_MatchesThatSubjectOrEvery()
    {
        var forOne = new Waiver("R", "a", "Agreed.", Expiry);
        var forAll = new Waiver("R", null, "Agreed.", Expiry);

        Assert.True(forOne.Matches("R", "a"));
        Assert.False(forOne.Matches("R", "b"));
        Assert.False(forOne.Matches("S", "a"));
        Assert.True(forAll.Matches("R", "b"));
        Assert.False(forAll.Matches("r", "b"));
    }
}
