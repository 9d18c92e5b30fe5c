using S3Criteria.Diagnostics;
using S3Criteria.Rules.Language;

namespace S3Criteria.Rules;

/// <summary>A parameter as a rule file declares it: its name and typed default; the default's type is the parameter's type.</summary>
internal sealed record ParameterDefinition(string Name, ParameterValue Default, string? Description, SourceLocation Location);
