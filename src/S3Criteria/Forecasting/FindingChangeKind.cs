namespace S3Criteria.Forecasting;

/// <summary>How a finding changes on a date.</summary>
public enum FindingChangeKind
{
    /// <summary>The finding is raised from this date.</summary>
    Appears,

    /// <summary>The finding is no longer raised from this date.</summary>
    Disappears,

    /// <summary>The finding was waived and counts again from this date: its waiver has expired.</summary>
    WaiverExpires,
}
