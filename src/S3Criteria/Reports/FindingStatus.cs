namespace S3Criteria.Reports;

/// <summary>Why a finding was raised.</summary>
public enum FindingStatus
{
    /// <summary>The subject does not meet the rule.</summary>
    Failed,

    /// <summary>The document lacks data the rule needs to judge the subject; <see cref="Finding.MissingData"/> names it.</summary>
    CannotAssess,
}
