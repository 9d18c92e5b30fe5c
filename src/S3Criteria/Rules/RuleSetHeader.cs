namespace S3Criteria.Rules;

/// <summary>The rule-set metadata a file declares (<c>rule-set:</c>); each part is optional.</summary>
internal sealed record RuleSetHeader(string? Id, string? Version, string? Title);
