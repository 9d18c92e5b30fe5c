using S3Criteria.Reports;

namespace S3Criteria.Forecasting;

/// <summary>
/// The result of forecasting one strategy over a period: the verdicts of the enabling condition and of each criterion as
/// intervals, every day on which the result changes with the findings that appear or disappear and the values that
/// cause them, and what to renew before each lapse. Immutable; its order is deterministic.
/// </summary>
/// <remarks>
/// The forecast evaluates the strategy on its first day and on every day on which a result can change, derived from
/// the document's dates, the offsets the rules put on them, waiver expiries and dates written in rules; between two
/// such days no result can change. It assumes the document stays as it is: nothing is renewed, nothing added.
/// </remarks>
/// <threadsafety static="true" instance="true"/>
public sealed class ComplianceForecast
{
    internal ComplianceForecast(
        Provenance provenance,
        string strategyId,
        string strategyTitle,
        string regionCode,
        DateOnly from,
        DateOnly until,
        IReadOnlyList<VerdictInterval> condition,
        IReadOnlyList<CriterionTimeline> criteria,
        IReadOnlyList<ForecastChange> changes,
        IReadOnlyList<Renewal> renewals,
        IReadOnlyList<DateOnly> evaluatedDates,
        IReadOnlyList<string> unresolvedRules)
    {
        Provenance = provenance;
        StrategyId = strategyId;
        StrategyTitle = strategyTitle;
        RegionCode = regionCode;
        From = from;
        Until = until;
        Condition = condition;
        Criteria = criteria;
        Changes = changes;
        Renewals = renewals;
        EvaluatedDates = evaluatedDates;
        UnresolvedRules = unresolvedRules;
    }

    /// <summary>Gets what the forecast was computed from: the provenance of the evaluation on <see cref="From"/>.</summary>
    public Provenance Provenance { get; }

    /// <summary>Gets the strategy's identifier.</summary>
    public string StrategyId { get; }

    /// <summary>Gets the strategy's title.</summary>
    public string StrategyTitle { get; }

    /// <summary>Gets the NUTS code of the strategy's territory.</summary>
    public string RegionCode { get; }

    /// <summary>Gets the first day of the period.</summary>
    public DateOnly From { get; }

    /// <summary>Gets the last day of the period.</summary>
    public DateOnly Until { get; }

    /// <summary>Gets the verdicts on the enabling condition, as intervals covering the period.</summary>
    public IReadOnlyList<VerdictInterval> Condition { get; }

    /// <summary>Gets the verdicts of each criterion and precondition, in rule-set order.</summary>
    public IReadOnlyList<CriterionTimeline> Criteria { get; }

    /// <summary>Gets the days on which the result changes, in date order.</summary>
    public IReadOnlyList<ForecastChange> Changes { get; }

    /// <summary>Gets what to renew before each lapse of a criterion, by date, then criterion, then finding.</summary>
    public IReadOnlyList<Renewal> Renewals { get; }

    /// <summary>Gets the days the strategy was evaluated on: <see cref="From"/> and every change point in the period, in order.</summary>
    public IReadOnlyList<DateOnly> EvaluatedDates { get; }

    /// <summary>
    /// Gets the rules that move a date by a duration the forecast cannot read (neither a number nor a parameter). Their
    /// changes are still found, but only on a change point of another date, so they may show late. Empty for the
    /// built-in rules.
    /// </summary>
    public IReadOnlyList<string> UnresolvedRules { get; }

    /// <summary>Gets a value indicating whether the enabling condition is fulfilled on every day of the period.</summary>
    public bool IsFulfilledThroughout => Condition.All(i => i.Verdict == Verdict.Fulfilled);

    /// <summary>Gets the first day on which the enabling condition stops being fulfilled after being fulfilled, if it does in the period.</summary>
    public DateOnly? FirstLapse => Changes.FirstOrDefault(c => c.IsLapse)?.Date;

    /// <summary>Returns the verdict on the enabling condition on a day of the period.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the period.</exception>
    public Verdict VerdictOn(DateOnly date) => VerdictOn(Condition, date);

    /// <summary>Tells whether a verdict meets a criterion: fulfilled, or not applicable.</summary>
    internal static bool IsMet(Verdict verdict) => verdict is Verdict.Fulfilled or Verdict.NotApplicable;

    internal static Verdict VerdictOn(IReadOnlyList<VerdictInterval> intervals, DateOnly date)
    {
        foreach (var interval in intervals)
        {
            if (interval.Start <= date && date <= interval.End)
            {
                return interval.Verdict;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(date), date, "The date is outside the forecast's period.");
    }
}
