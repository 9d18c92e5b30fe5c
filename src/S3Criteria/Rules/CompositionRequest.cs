using S3Criteria.Text;

namespace S3Criteria.Rules;

/// <summary>What the caller asks of a rule set besides its files: parameter values, disabled rules, and how far files may reach.</summary>
/// <param name="Parameters">The caller's parameter values by name, written as in YAML (lists comma-separated).</param>
/// <param name="Disabled">The rules the caller disables, with the reasons.</param>
/// <param name="Limits">The limits on the rule files read from disk.</param>
/// <param name="ExtendsOutsideRoot">Whether <c>extends:</c> may leave the directory of the file or directory added.</param>
internal sealed record CompositionRequest(
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyDictionary<string, string> Disabled,
    DocumentLimits Limits,
    bool ExtendsOutsideRoot);
