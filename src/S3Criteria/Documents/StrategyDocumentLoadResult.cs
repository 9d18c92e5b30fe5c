using S3Criteria.Diagnostics;

namespace S3Criteria.Documents;

/// <summary>The outcome of loading a strategy document without throwing: the document, or every problem found.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class StrategyDocumentLoadResult
{
    internal StrategyDocumentLoadResult(StrategyDocument? document, IReadOnlyList<Diagnostic> diagnostics)
    {
        Document = document;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets a value indicating whether the document loaded without problems.</summary>
    public bool Success => Document is not null;

    /// <summary>Gets the document, or <see langword="null"/> when there were problems.</summary>
    public StrategyDocument? Document { get; }

    /// <summary>Gets every problem found, in the order found; empty on success.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the document, or throws when there were problems.</summary>
    /// <returns>The document.</returns>
    /// <exception cref="StrategyDocumentException">The document had problems; all are listed.</exception>
    public StrategyDocument GetValueOrThrow() => Document ?? throw new StrategyDocumentException(Diagnostics);
}
