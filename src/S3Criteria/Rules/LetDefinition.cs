using S3Criteria.Diagnostics;
using S3Criteria.Rules.Language;

namespace S3Criteria.Rules;

/// <summary>A named value of a rule (<c>let:</c>), reported as evidence and usable in later expressions and templates.</summary>
internal sealed record LetDefinition(string Name, SourceLocation Location, ExpressionSource Source);
