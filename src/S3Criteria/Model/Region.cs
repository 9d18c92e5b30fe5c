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

    /// <summary>
    /// Gets the NUTS 2 region whose 2021-2027 category applies, when <see cref="Code"/> is a NUTS 3 region (categories
    /// are set per NUTS 2 region by Commission Implementing Decision (EU) 2021/1130); <see langword="null"/> otherwise.
    /// </summary>
    public NutsCode? Nuts2 { get; init; }

    /// <summary>Gets the region's 2021-2027 cohesion policy category (Commission Implementing Decision (EU) 2021/1130).</summary>
    public required CohesionCategory Category { get; init; }

    /// <summary>Gets whether the region is a lagging region. The default is <see cref="LaggingType.None"/>.</summary>
    public LaggingType Lagging { get; init; }

    /// <summary>Gets the EU macro-regional strategies that cover the region.</summary>
    public IReadOnlyList<MacroRegion> MacroRegions { get; init; } = [];
}
