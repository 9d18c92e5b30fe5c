namespace S3Criteria.Rules;

/// <summary>A rule file read from its source.</summary>
internal sealed record LoadedRuleFile(RuleSource Source, RuleFileDefinition Definition);
