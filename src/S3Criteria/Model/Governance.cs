namespace S3Criteria.Model;

/// <summary>The bodies that manage the strategy (criterion 2) and its cooperation (criterion 7).</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class Governance
{
    /// <summary>Gets the name of the institution or body responsible for managing the strategy, if named.</summary>
    public string? Body { get; init; }

    /// <summary>Gets the act that gives the body its mandate, if stated.</summary>
    public string? LegalBasis { get; init; }

    /// <summary>Gets the unit or person responsible for cooperation with partners outside the Member State, if named.</summary>
    public string? CooperationUnit { get; init; }
}
