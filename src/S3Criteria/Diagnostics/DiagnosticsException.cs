using System.Text;

namespace S3Criteria.Diagnostics;

/// <summary>
/// An exception that carries every <see cref="Diagnostic"/> found, not just the first; its message lists them all,
/// one per line.
/// </summary>
public abstract class DiagnosticsException : S3CriteriaException
{
    /// <summary>Initializes a new instance of the <see cref="DiagnosticsException"/> class.</summary>
    /// <param name="summary">The first line of the message.</param>
    /// <param name="diagnostics">The problems found; at least one.</param>
    protected DiagnosticsException(string summary, IReadOnlyList<Diagnostic> diagnostics)
        : base(Format(summary, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Gets every problem found, in source order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private static string Format(string summary, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var text = new StringBuilder(summary);
        foreach (var diagnostic in diagnostics)
        {
            text.AppendLine().Append(diagnostic);
        }

        return text.ToString();
    }
}
