using S3Criteria.Model;
using S3Criteria.Rules.Language;

namespace S3Criteria.Rules;

/// <summary>
/// A rule set composed from its files: <c>extends</c> resolved, criteria, parameters and vehicles merged, the files' and
/// the caller's settings, overrides and disabled rules applied. What remains is to type-check and compile the rules.
/// </summary>
internal sealed class ComposedRuleSet
{
    /// <summary>Gets the metadata of the first file that declares any.</summary>
    public required RuleSetHeader? Header { get; init; }

    /// <summary>Gets the SHA-256 of the files' texts, as lower-case hex.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Gets the criteria, ordered by identifier.</summary>
    public required IReadOnlyList<CriterionDescriptor> Criteria { get; init; }

    /// <summary>Gets the parameters in declaration order, with the values in force.</summary>
    public required IReadOnlyList<ComposedParameter> Parameters { get; init; }

    /// <summary>Gets the cooperation vehicles the files declare, in file order.</summary>
    public required IReadOnlyList<CooperationVehicle> Vehicles { get; init; }

    /// <summary>Gets the enabled rules, in file order.</summary>
    public required IReadOnlyList<ComposedRule> Rules { get; init; }

    /// <summary>Gets the disabled rules with their reasons, ordered by identifier.</summary>
    public required IReadOnlyList<DisabledRule> DisabledRules { get; init; }

    /// <summary>Gets the value in force of each parameter, by name.</summary>
    public IReadOnlyDictionary<string, ParameterValue> ParameterValues =>
        Parameters.ToDictionary(p => p.Definition.Name, p => p.Value, StringComparer.Ordinal);

    /// <summary>Gets the parameters' descriptors, ordered by name.</summary>
    public IReadOnlyList<RuleParameterDescriptor> ParameterDescriptors =>
        [.. Parameters.OrderBy(p => p.Definition.Name, StringComparer.Ordinal).Select(p => p.ToDescriptor())];
}
