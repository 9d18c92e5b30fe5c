namespace S3Criteria.Model;

/// <summary>A priority area (domain) in which the strategy concentrates research and innovation investment.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class PriorityArea
{
    /// <summary>Gets the identifier, unique within the strategy.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the domain codes or keywords (NACE codes, S3 platform areas, keywords such as <c>solar-energy</c>).</summary>
    public IReadOnlyList<string> Domains { get; init; } = [];

    /// <summary>Gets the budget in euro, if stated.</summary>
    public decimal? Budget { get; init; }

    /// <summary>Gets a description, if any.</summary>
    public string? Description { get; init; }
}
