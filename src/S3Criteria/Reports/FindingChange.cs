namespace S3Criteria.Reports;

/// <summary>What happened to the open finding of one rule on one subject between two evaluations.</summary>
public enum FindingChange
{
    /// <summary>Open before and after, with the same status.</summary>
    StillOpen,

    /// <summary>Open only after.</summary>
    New,

    /// <summary>Open only before.</summary>
    Fixed,

    /// <summary>Open before and after, once as <see cref="FindingStatus.CannotAssess"/> and once as <see cref="FindingStatus.Failed"/>.</summary>
    AssessabilityChanged,
}
