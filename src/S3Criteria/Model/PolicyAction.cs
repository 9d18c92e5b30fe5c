namespace S3Criteria.Model;

/// <summary>A measure of the strategy's policy mix; <c>actions</c> in a strategy document.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class PolicyAction
{
    /// <summary>Gets the identifier, unique within the strategy.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the kind of measure.</summary>
    public required ActionType Type { get; init; }

    /// <summary>Gets the identifiers of the priority areas the action serves.</summary>
    public IReadOnlyList<string> Priorities { get; init; } = [];

    /// <summary>Gets the budget in euro, if stated.</summary>
    public decimal? Budget { get; init; }

    /// <summary>Gets the source of the budget (a programme and specific objective, a national fund), if stated.</summary>
    public string? FundingSource { get; init; }

    /// <summary>Gets the body responsible for the action, if named.</summary>
    public string? Responsible { get; init; }
}
