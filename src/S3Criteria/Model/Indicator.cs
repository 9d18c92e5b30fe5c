namespace S3Criteria.Model;

/// <summary>A monitoring indicator of the strategy (criterion 3).</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class Indicator
{
    /// <summary>Gets the identifier, unique within the strategy.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets whether the indicator measures outputs or results.</summary>
    public required IndicatorType Type { get; init; }

    /// <summary>Gets a common indicator code such as <c>RCO83</c>, if any.</summary>
    public string? Code { get; init; }

    /// <summary>Gets the identifier of the priority area the indicator belongs to, if any.</summary>
    public string? Priority { get; init; }

    /// <summary>Gets the baseline value, if stated.</summary>
    public decimal? Baseline { get; init; }

    /// <summary>Gets the target value, if stated.</summary>
    public decimal? Target { get; init; }

    /// <summary>Gets the baseline year, if stated.</summary>
    public int? BaselineYear { get; init; }

    /// <summary>Gets the target year, if stated.</summary>
    public int? TargetYear { get; init; }

    /// <summary>Gets a value indicating whether the indicator measures cooperation with partners outside the Member State.</summary>
    public bool MeasuresCooperation { get; init; }
}
