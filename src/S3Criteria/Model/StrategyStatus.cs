namespace S3Criteria.Model;

/// <summary>The adoption status of a strategy document.</summary>
public enum StrategyStatus
{
    /// <summary>A draft under preparation.</summary>
    Draft,

    /// <summary>Formally adopted.</summary>
    Adopted,

    /// <summary>Adopted and since revised.</summary>
    Revised,
}
