namespace S3Criteria.Diagnostics;

/// <summary>Thrown when a strategy document cannot be loaded: every problem is in <see cref="DiagnosticsException.Diagnostics"/>.</summary>
public sealed class StrategyDocumentException : DiagnosticsException
{
    /// <summary>Initializes a new instance of the <see cref="StrategyDocumentException"/> class.</summary>
    /// <param name="diagnostics">The problems found; at least one.</param>
    public StrategyDocumentException(IReadOnlyList<Diagnostic> diagnostics)
        : base($"The strategy document could not be loaded: {EnglishCount.Of(diagnostics?.Count ?? 0, "problem")}.", diagnostics!)
    {
    }
}
