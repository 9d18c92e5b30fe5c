using NRules.RuleModel;

namespace S3Criteria.Engine;

/// <summary>The rules of a rule set compiled for the engine: each loaded rule, and the NRules definitions that implement them.</summary>
internal sealed record CompiledRules(IReadOnlyList<CompiledRule> Rules, IReadOnlyList<IRuleDefinition> Definitions);
