namespace S3Criteria.Reports;

/// <summary>How the verdict on one criterion changed between two evaluations, as <see cref="ReportComparison"/> classifies it.</summary>
public enum CriterionChange
{
    /// <summary>The verdict is the same.</summary>
    Unchanged,

    /// <summary>Not fulfilled before; fulfilled or not applicable after.</summary>
    Improved,

    /// <summary>Fulfilled or not applicable before; not fulfilled after. The only change that counts as a regression.</summary>
    Regressed,

    /// <summary>
    /// Cannot assess before or after (not both): the document gives, or stopped giving, the data the criterion needs.
    /// Never a regression, even when the criterion is not fulfilled after: adding data must not fail a gate.
    /// </summary>
    AssessabilityChanged,

    /// <summary>Fulfilled before and not applicable after, or the reverse: neither better nor worse.</summary>
    Reclassified,

    /// <summary>The criterion is only in the later evaluation (the rule sets differ).</summary>
    Added,

    /// <summary>The criterion is only in the earlier evaluation (the rule sets differ).</summary>
    Removed,
}
