namespace S3Criteria.Diagnostics;

/// <summary>Thrown when rule files cannot be loaded: every problem of every file is in <see cref="DiagnosticsException.Diagnostics"/>.</summary>
public sealed class RuleSetException : DiagnosticsException
{
    /// <summary>Initializes a new instance of the <see cref="RuleSetException"/> class.</summary>
    /// <param name="diagnostics">The problems found; at least one.</param>
    public RuleSetException(IReadOnlyList<Diagnostic> diagnostics)
        : base($"The rule set could not be loaded: {EnglishCount.Of(diagnostics?.Count ?? 0, "problem")}.", diagnostics!)
    {
    }
}
