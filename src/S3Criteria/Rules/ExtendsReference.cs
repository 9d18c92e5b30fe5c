using S3Criteria.Diagnostics;

namespace S3Criteria.Rules;

/// <summary>What a rule file extends (<c>extends:</c>): <c>builtin</c>, or a path relative to the file.</summary>
internal sealed record ExtendsReference(string Target, SourceLocation Location)
{
    /// <summary>The target that names the built-in rule set.</summary>
    public const string BuiltIn = "builtin";
}
