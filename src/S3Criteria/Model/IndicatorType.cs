namespace S3Criteria.Model;

/// <summary>Whether an indicator measures outputs or results.</summary>
public enum IndicatorType
{
    /// <summary>An output indicator (for example an ERDF RCO indicator).</summary>
    Output,

    /// <summary>A result indicator (for example an ERDF RCR indicator).</summary>
    Result,
}
