using S3Criteria.Reports;

namespace S3Criteria.Forecasting;

/// <summary>The verdicts of one criterion (or precondition) over a forecast's period, as consecutive intervals.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class CriterionTimeline
{
    internal CriterionTimeline(string criterionId, string title, bool isPrecondition, IReadOnlyList<VerdictInterval> intervals)
    {
        CriterionId = criterionId;
        Title = title;
        IsPrecondition = isPrecondition;
        Intervals = intervals;
    }

    /// <summary>Gets the criterion's identifier.</summary>
    public string CriterionId { get; }

    /// <summary>Gets the criterion's wording.</summary>
    public string Title { get; }

    /// <summary>Gets a value indicating whether this is a precondition of the whole condition rather than one of its seven criteria.</summary>
    public bool IsPrecondition { get; }

    /// <summary>Gets the intervals, in order, covering the period without gap; two neighbours never have the same verdict.</summary>
    public IReadOnlyList<VerdictInterval> Intervals { get; }

    /// <summary>Returns the verdict on a day of the period.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the period.</exception>
    public Verdict VerdictOn(DateOnly date) => ComplianceForecast.VerdictOn(Intervals, date);
}
