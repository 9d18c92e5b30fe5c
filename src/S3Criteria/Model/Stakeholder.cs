namespace S3Criteria.Model;

/// <summary>An actor of the regional innovation ecosystem (criterion 4).</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class Stakeholder
{
    /// <summary>Gets the identifier, unique within the strategy.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the quadruple-helix group.</summary>
    public required Helix Helix { get; init; }

    /// <summary>Gets a value indicating whether the stakeholder takes part in the entrepreneurial discovery process.</summary>
    public bool EdpParticipant { get; init; }

    /// <summary>Gets the identifiers of the priority areas the stakeholder is active in.</summary>
    public IReadOnlyList<string> Priorities { get; init; } = [];

    /// <summary>Gets the identifiers of the partnerships the stakeholder takes part in.</summary>
    public IReadOnlyList<string> Partnerships { get; init; } = [];
}
