namespace S3Criteria.Reports;

/// <summary>One criterion's verdict in two evaluations of a strategy, and how it changed.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class CriterionComparison
{
    internal CriterionComparison(string criterionId, string title, Verdict? before, Verdict? after)
    {
        CriterionId = criterionId;
        Title = title;
        Before = before;
        After = after;
        Change = Classify(before, after);
    }

    /// <summary>Gets the criterion's identifier.</summary>
    public string CriterionId { get; }

    /// <summary>Gets the criterion's wording, from the later evaluation when it has the criterion.</summary>
    public string Title { get; }

    /// <summary>Gets the verdict in the earlier evaluation; <see langword="null"/> when that evaluation has no such criterion.</summary>
    public Verdict? Before { get; }

    /// <summary>Gets the verdict in the later evaluation; <see langword="null"/> when that evaluation has no such criterion.</summary>
    public Verdict? After { get; }

    /// <summary>Gets how the verdict changed.</summary>
    public CriterionChange Change { get; }

    /// <summary>
    /// Classifies a change of verdict: a regression only from fulfilled or not applicable to not fulfilled; any change
    /// to or from cannot assess is a change of assessability, never a regression.
    /// </summary>
    /// <param name="before">The earlier verdict, if any.</param>
    /// <param name="after">The later verdict, if any.</param>
    /// <returns>The change.</returns>
    public static CriterionChange Classify(Verdict? before, Verdict? after) => (before, after) switch
    {
        (null, null) => CriterionChange.Unchanged,
        (null, _) => CriterionChange.Added,
        (_, null) => CriterionChange.Removed,
        var (b, a) when b == a => CriterionChange.Unchanged,
        (Verdict.CannotAssess, _) or (_, Verdict.CannotAssess) => CriterionChange.AssessabilityChanged,
        (Verdict.NotFulfilled, _) => CriterionChange.Improved,
        (_, Verdict.NotFulfilled) => CriterionChange.Regressed,
        _ => CriterionChange.Reclassified,
    };
}
