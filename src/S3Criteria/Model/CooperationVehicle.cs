
namespace S3Criteria.Model;

/// <summary>
/// A real vehicle of interregional cooperation a recommendation can name: a thematic smart specialisation partnership,
/// a Vanguard Initiative pilot or an I3 strand. Vehicles are data (<c>vehicles:</c> in a rule file), read by rules as
/// <c>vehicles</c>, so the catalogue is updated without code.
/// </summary>
/// <threadsafety static="true" instance="true"/>
public sealed class CooperationVehicle
{
    /// <summary>Gets the identifier, unique in the rule set.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the name, as the vehicle calls itself.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the kind of vehicle.</summary>
    public required VehicleKind Kind { get; init; }

    /// <summary>Gets the S3 thematic platform (Agri-food, Energy, Industrial Modernisation, Sustainable Blue Economy), if any.</summary>
    public string? Platform { get; init; }

    /// <summary>Gets domain keywords to match against priority areas' domains.</summary>
    public IReadOnlyList<string> Domains { get; init; } = [];

    /// <summary>Gets the lead regions, as written by the source.</summary>
    public IReadOnlyList<string> Leads { get; init; } = [];

    /// <summary>Gets the cohesion categories of regions the vehicle is open to; empty when open to all.</summary>
    public IReadOnlyList<CohesionCategory> OpenTo { get; init; } = [];

    /// <summary>Gets a one-line description, if any.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the sources that confirm the facts recorded.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
}
