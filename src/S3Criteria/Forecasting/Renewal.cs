using S3Criteria.Reports;

namespace S3Criteria.Forecasting;

/// <summary>
/// What to renew before a criterion lapses: a blocking finding that appears on the day the criterion stops being met,
/// its recommendation, and the values that cause it.
/// </summary>
/// <threadsafety static="true" instance="true"/>
public sealed class Renewal
{
    internal Renewal(DateOnly lapsesOn, string criterionId, Finding finding, IReadOnlyList<ChangeCause> causes)
    {
        LapsesOn = lapsesOn;
        CriterionId = criterionId;
        Finding = finding;
        Causes = causes;
    }

    /// <summary>Gets the first day the criterion is no longer met.</summary>
    public DateOnly LapsesOn { get; }

    /// <summary>Gets the last day to act on: the day before <see cref="LapsesOn"/>.</summary>
    public DateOnly RenewBy => LapsesOn.AddDays(-1);

    /// <summary>Gets the criterion that lapses.</summary>
    public string CriterionId { get; }

    /// <summary>Gets the blocking finding that makes it lapse; its recommendation says what to do.</summary>
    public Finding Finding { get; }

    /// <summary>Gets the values that cause it.</summary>
    public IReadOnlyList<ChangeCause> Causes { get; }
}
