namespace S3Criteria.Rules;

/// <summary>
/// One rule file as read, whatever its format: what it declares (criteria, parameters, rules, vehicles) and how it
/// composes with other files (<c>extends</c>, <c>set</c>, <c>overrides</c>). Expressions are kept as sources; the
/// engine type-checks them once the whole rule set is composed.
/// </summary>
internal sealed class RuleFileDefinition
{
    /// <summary>Gets the rule-set metadata the file declares, if any.</summary>
    public RuleSetHeader? Header { get; init; }

    public IReadOnlyList<CriterionDefinition> Criteria { get; init; } = [];

    public IReadOnlyList<ParameterDefinition> Parameters { get; init; } = [];

    public IReadOnlyList<RuleDefinition> Rules { get; init; } = [];

    public IReadOnlyList<VehicleDefinition> Vehicles { get; init; } = [];

    /// <summary>Gets what the file extends: <c>builtin</c>, or paths relative to the file.</summary>
    public IReadOnlyList<ExtendsReference> Extends { get; init; } = [];

    /// <summary>Gets the values the file sets for parameters declared elsewhere (<c>set:</c>).</summary>
    public IReadOnlyList<ParameterSetting> Settings { get; init; } = [];

    /// <summary>Gets the changes to rules declared elsewhere (<c>overrides:</c>).</summary>
    public IReadOnlyList<RuleOverride> Overrides { get; init; } = [];
}
