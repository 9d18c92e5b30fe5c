namespace S3Criteria.Diagnostics;

/// <summary>Thrown when a baseline report cannot be read: every problem is in <see cref="DiagnosticsException.Diagnostics"/>.</summary>
public sealed class BaselineException : DiagnosticsException
{
    /// <summary>Initializes a new instance of the <see cref="BaselineException"/> class.</summary>
    /// <param name="diagnostics">The problems found; at least one.</param>
    public BaselineException(IReadOnlyList<Diagnostic> diagnostics)
        : base($"The baseline report could not be read: {EnglishCount.Of(diagnostics?.Count ?? 0, "problem")}.", diagnostics!)
    {
    }
}
