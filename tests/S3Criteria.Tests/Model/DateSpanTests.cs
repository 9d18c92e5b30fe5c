using S3Criteria.Model;

namespace S3Criteria.Tests.Model;

public sealed class DateSpanTests
{
    private static readonly DateOnly Day = new(2024, 2, 29);

    [Fact]
    public void Add_SpanForwardAndBack_MovesYearsThenMonthsThenDays()
    {
        var span = new DateSpan(1, 2, 3);

        Assert.Equal(new DateOnly(2025, 5, 1), DateSpan.Add(Day, span, 1)); // 2025-02-28, 2025-04-28, then three days
        Assert.Equal(new DateOnly(2022, 12, 25), DateSpan.Add(Day, span, -1));
    }

    [Fact]
    public void Add_NoDate_GivesNoDate() =>
        Assert.Null(DateSpan.Add(null, new DateSpan(1, 0, 0), 1));

    [Fact]
    public void From_Numbers_MakeSpansOfTheirUnitTruncated()
    {
        Assert.Equal(new DateSpan(2, 0, 0), DateSpan.FromYears(2.9m));
        Assert.Equal(new DateSpan(0, 18, 0), DateSpan.FromMonths(18m));
        Assert.Equal(new DateSpan(0, 0, -7), DateSpan.FromDays(-7.5m));
    }

    [Fact]
    public void From_MissingNumber_ThrowsInvalidOperationException()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => DateSpan.FromMonths(null));

        Assert.Equal("A duration needs a number, but the value is missing.", exception.Message);
        Assert.Throws<InvalidOperationException>(() => DateSpan.FromYears(null));
        Assert.Throws<InvalidOperationException>(() => DateSpan.FromDays(null));
    }

    [Theory]
    [InlineData("2026-01-31", true)]
    [InlineData("2026-02-29", false)]
    [InlineData("2026-1-31", false)]
    [InlineData("31/01/2026", false)]
    [InlineData(" 2026-01-31", false)]
    public void IsoDate_TryParse_AcceptsOnlyRealDatesWrittenYyyyMmDd(string text, bool expected)
    {
        Assert.Equal(expected, IsoDate.TryParse(text, out var date));
        if (expected)
        {
            Assert.Equal("2026-01-31", IsoDate.ToText(date));
        }
    }
}
