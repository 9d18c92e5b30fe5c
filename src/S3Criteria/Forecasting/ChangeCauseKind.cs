namespace S3Criteria.Forecasting;

/// <summary>Where the date behind a change comes from.</summary>
public enum ChangeCauseKind
{
    /// <summary>A date or year the strategy document gives (a partnership's end, the analysis's update...).</summary>
    DocumentDate,

    /// <summary>The expiry of a waiver.</summary>
    WaiverExpiry,

    /// <summary>A date written in a rule.</summary>
    RuleDate,
}
