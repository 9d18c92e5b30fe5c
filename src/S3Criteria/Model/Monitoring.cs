namespace S3Criteria.Model;

/// <summary>The strategy's monitoring and evaluation arrangements (criterion 3).</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class Monitoring
{
    /// <summary>Gets the name of the monitoring system or observatory, if named.</summary>
    public string? System { get; init; }

    /// <summary>Gets the date of the last monitoring report, if one was published.</summary>
    public DateOnly? LastReport { get; init; }

    /// <summary>Gets a value indicating whether an evaluation of the strategy is planned, or <see langword="null"/> when the document does not say.</summary>
    public bool? EvaluationPlanned { get; init; }
}
