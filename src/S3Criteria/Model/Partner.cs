namespace S3Criteria.Model;

/// <summary>An organisation or region taking part in a partnership.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class Partner
{
    /// <summary>Gets the partner's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the partner's country.</summary>
    public required CountryCode Country { get; init; }

    /// <summary>Gets the partner region's NUTS code, if known.</summary>
    public NutsCode? Nuts { get; init; }

    /// <summary>Gets the quadruple-helix group of the partner, if known.</summary>
    public Helix? Helix { get; init; }

    /// <summary>Gets the 2021-2027 cohesion category of the partner's region, if known: it shows pairings of less and more developed regions.</summary>
    public CohesionCategory? Category { get; init; }
}
