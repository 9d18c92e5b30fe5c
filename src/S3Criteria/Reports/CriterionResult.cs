namespace S3Criteria.Reports;

/// <summary>The verdict on one fulfilment criterion, and the rules that decided it.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class CriterionResult
{
    internal CriterionResult(string criterionId, string title, Verdict verdict, IReadOnlyList<string> decidedBy, int rulesPassed, int rulesFailed)
    {
        CriterionId = criterionId;
        Title = title;
        Verdict = verdict;
        DecidedBy = decidedBy;
        RulesPassed = rulesPassed;
        RulesFailed = rulesFailed;
    }

    /// <summary>Gets the criterion's identifier.</summary>
    public string CriterionId { get; }

    /// <summary>Gets the criterion's wording.</summary>
    public string Title { get; }

    /// <summary>Gets the verdict.</summary>
    public Verdict Verdict { get; }

    /// <summary>Gets the rules whose outcome decided the verdict (for example the blocking rules that failed).</summary>
    public IReadOnlyList<string> DecidedBy { get; }

    /// <summary>Gets how many of the criterion's rules passed.</summary>
    public int RulesPassed { get; }

    /// <summary>Gets how many of the criterion's rules failed.</summary>
    public int RulesFailed { get; }
}
