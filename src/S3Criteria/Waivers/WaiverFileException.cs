using S3Criteria.Diagnostics;

namespace S3Criteria.Waivers;

/// <summary>Thrown when a waiver file cannot be loaded: every problem is in <see cref="DiagnosticsException.Diagnostics"/>.</summary>
public sealed class WaiverFileException : DiagnosticsException
{
    /// <summary>Initializes a new instance of the <see cref="WaiverFileException"/> class.</summary>
    /// <param name="diagnostics">The problems found; at least one.</param>
    public WaiverFileException(IReadOnlyList<Diagnostic> diagnostics)
        : base($"The waiver file could not be loaded: {EnglishCount.Of(diagnostics?.Count ?? 0, "problem")}.", diagnostics!)
    {
    }
}
