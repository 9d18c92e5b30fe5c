namespace S3Criteria.Rules;

/// <summary>An enabled rule of a composed rule set, with the overrides of its severity applied.</summary>
/// <param name="Definition">The rule as declared, with the severity in force.</param>
/// <param name="CriterionId">
/// The criterion the rule checks: the one it names or the one its file declares; <see langword="null"/> when that
/// could not be resolved (reported). Such a rule is still type-checked, so that all its problems are reported at once.
/// </param>
internal sealed record ComposedRule(RuleDefinition Definition, string? CriterionId);
