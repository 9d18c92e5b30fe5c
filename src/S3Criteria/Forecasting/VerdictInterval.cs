using S3Criteria.Reports;

namespace S3Criteria.Forecasting;

/// <summary>Days on which a verdict holds without a break: from <see cref="Start"/> to <see cref="End"/>, both included.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class VerdictInterval
{
    internal VerdictInterval(DateOnly start, DateOnly end, Verdict verdict)
    {
        Start = start;
        End = end;
        Verdict = verdict;
    }

    /// <summary>Gets the first day.</summary>
    public DateOnly Start { get; }

    /// <summary>Gets the last day.</summary>
    public DateOnly End { get; }

    /// <summary>Gets the verdict on every day of the interval.</summary>
    public Verdict Verdict { get; }

    /// <summary>Gets the number of days, both ends included.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;
}
