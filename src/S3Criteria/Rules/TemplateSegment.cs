using S3Criteria.Rules.Language;

namespace S3Criteria.Rules;

/// <summary>A literal run of a template, or a placeholder expression.</summary>
internal sealed record TemplateSegment(string? Literal, ExpressionSource? Placeholder);
