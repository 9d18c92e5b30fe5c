using S3Criteria.Diagnostics;

namespace S3Criteria.Rules;

/// <summary>A change a file makes to a rule declared elsewhere (<c>overrides:</c>): a new severity, or disabling with a reason.</summary>
internal sealed record RuleOverride(string RuleId, Severity? Severity, string? DisabledReason, SourceLocation Location);
