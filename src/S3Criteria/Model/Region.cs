namespace S3Criteria.Model;

/// <summary>The territory a smart specialisation strategy covers.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class Region
{
    /// <summary>Gets the NUTS code of the region (level 2 or 3), or the country code (NUTS level 0) for a national strategy.</summary>
    public required NutsCode Code { get; init; }

    /// <summary>Gets the region's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the country the region lies in, derived from <see cref="Code"/>.</summary>
    public CountryCode Country => Code.Country;

    /// <summary>Gets the NUTS level of <see cref="Code"/>: 0 for a national strategy.</summary>
    public int NutsLevel => Code.Level;

    /// <summary>Gets the region's 2021-2027 cohesion policy category.</summary>
    public required CohesionCategory Category { get; init; }

    /// <summary>Gets whether the region is a lagging region. The default is <see cref="LaggingType.None"/>.</summary>
    public LaggingType Lagging { get; init; }

    /// <summary>Gets the EU macro-regional strategies that cover the region.</summary>
    public IReadOnlyList<MacroRegion> MacroRegions { get; init; } = [];
}
