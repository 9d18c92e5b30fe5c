using S3Criteria.Reports;

namespace S3Criteria.Forecasting;

/// <summary>A criterion (or precondition) whose verdict changes on a change date.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class CriterionChange
{
    internal CriterionChange(string criterionId, Verdict before, Verdict after)
    {
        CriterionId = criterionId;
        Before = before;
        After = after;
    }

    /// <summary>Gets the criterion's identifier.</summary>
    public string CriterionId { get; }

    /// <summary>Gets the verdict until the day before.</summary>
    public Verdict Before { get; }

    /// <summary>Gets the verdict from the change date.</summary>
    public Verdict After { get; }

    /// <summary>Gets a value indicating whether the criterion stops being met: fulfilled or not applicable before, neither after.</summary>
    public bool IsLapse => ComplianceForecast.IsMet(Before) && !ComplianceForecast.IsMet(After);
}
