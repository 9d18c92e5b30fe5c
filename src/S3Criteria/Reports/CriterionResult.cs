namespace S3Criteria.Reports;

/// <summary>The verdict on one fulfilment criterion (or precondition), the rules that decided it, and its improvements.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class CriterionResult
{
    internal CriterionResult(string criterionId, string title, Verdict verdict, IReadOnlyList<string> decidedBy, int rulesPassed, int rulesFailed, int improvements, bool isPrecondition)
    {
        CriterionId = criterionId;
        Title = title;
        Verdict = verdict;
        DecidedBy = decidedBy;
        RulesPassed = rulesPassed;
        RulesFailed = rulesFailed;
        Improvements = improvements;
        IsPrecondition = isPrecondition;
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

    /// <summary>Gets how many open advisory and info findings the criterion has: improvements, which never change the verdict.</summary>
    public int Improvements { get; }

    /// <summary>Gets a value indicating whether this is a precondition of the whole condition rather than one of its seven criteria.</summary>
    public bool IsPrecondition { get; }
}
