using S3Criteria.Diagnostics;

namespace S3Criteria.Rules;

/// <summary>The outcome of building a rule set without throwing: the rule set, or every problem of every file.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class RuleSetLoadResult
{
    internal RuleSetLoadResult(RuleSet? ruleSet, IReadOnlyList<Diagnostic> diagnostics)
    {
        RuleSet = ruleSet;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets a value indicating whether the rule set was built.</summary>
    public bool Success => RuleSet is not null;

    /// <summary>Gets the rule set, or <see langword="null"/> when there were problems.</summary>
    public RuleSet? RuleSet { get; }

    /// <summary>Gets every problem found; empty on success.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the rule set, or throws when there were problems.</summary>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetException">The rule files had problems; all are listed.</exception>
    public RuleSet GetValueOrThrow() => RuleSet ?? throw new RuleSetException(Diagnostics);
}
