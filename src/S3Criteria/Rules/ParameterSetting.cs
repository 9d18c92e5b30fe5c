using S3Criteria.Diagnostics;

namespace S3Criteria.Rules;

/// <summary>A value given for a parameter declared elsewhere: by a file's <c>set:</c>, or by the caller (no location).</summary>
internal sealed record ParameterSetting(string Name, ParameterInput Value, SourceLocation? Location);
