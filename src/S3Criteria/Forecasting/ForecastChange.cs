using S3Criteria.Reports;

namespace S3Criteria.Forecasting;

/// <summary>A day on which the result changes: verdicts, findings, and the values of the document that cause it.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class ForecastChange
{
    internal ForecastChange(DateOnly date, Verdict conditionBefore, Verdict conditionAfter, IReadOnlyList<CriterionChange> criteria, IReadOnlyList<FindingChange> findings, IReadOnlyList<ChangeCause> causes)
    {
        Date = date;
        ConditionBefore = conditionBefore;
        ConditionAfter = conditionAfter;
        Criteria = criteria;
        Findings = findings;
        Causes = causes;
    }

    /// <summary>Gets the first day of the new result.</summary>
    public DateOnly Date { get; }

    /// <summary>Gets the verdict on the enabling condition the day before.</summary>
    public Verdict ConditionBefore { get; }

    /// <summary>Gets the verdict on the enabling condition from <see cref="Date"/>.</summary>
    public Verdict ConditionAfter { get; }

    /// <summary>Gets the criteria whose verdict changes, in rule-set order; empty when only findings change.</summary>
    public IReadOnlyList<CriterionChange> Criteria { get; }

    /// <summary>Gets the findings that appear, disappear or lose their waiver, in report order.</summary>
    public IReadOnlyList<FindingChange> Findings { get; }

    /// <summary>Gets every cause of the findings' changes, each once, in date order.</summary>
    public IReadOnlyList<ChangeCause> Causes { get; }

    /// <summary>Gets a value indicating whether the enabling condition stops being fulfilled on <see cref="Date"/>.</summary>
    public bool IsLapse => ConditionBefore == Verdict.Fulfilled && ConditionAfter != Verdict.Fulfilled;
}
