namespace S3Criteria.Writers;

/// <summary>How a finding compares with a <see cref="ReportBaseline"/>: SARIF's <c>baselineState</c> for findings.</summary>
public enum BaselineState
{
    /// <summary>The baseline has no open finding of the same rule about the same subject of the same strategy.</summary>
    New,

    /// <summary>The baseline has the same finding: same rule, strategy and subject, so the same fingerprint.</summary>
    Unchanged,
}
