using S3Criteria.Diagnostics;
using S3Criteria.Text;

namespace S3Criteria.Documents;

/// <content>Binding a document that a reader of another format (the .xlsx workbook) has read into <see cref="DocumentNode"/>s.</content>
public sealed partial class StrategyDocument
{
    /// <summary>
    /// Binds and validates a document read by a reader of another format, such as the workbook reader of
    /// <c>S3Criteria.Office</c>: the same binder and validation as a YAML or JSON document, every problem located at
    /// the node it concerns.
    /// </summary>
    /// <param name="root">The document's root mapping.</param>
    /// <param name="filePath">The file the document came from, if any.</param>
    /// <param name="contentBytes">The bytes the document was read from (the whole file); their SHA-256 is <see cref="ContentHash"/>.</param>
    /// <param name="readerDiagnostics">Problems the reader found; when there are any, the document does not load, but binding still reports its own.</param>
    /// <returns>The document (with no <see cref="LineCount"/>), or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="root"/> is <see langword="null"/>.</exception>
    public static LoadResult<StrategyDocument> TryBind(DocumentNode root, string? filePath, ReadOnlySpan<byte> contentBytes, IEnumerable<Diagnostic>? readerDiagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        var diagnostics = new List<Diagnostic>(readerDiagnostics ?? []);
        return FromNode(root.Node, filePath, Hash(contentBytes), null, diagnostics);
    }
}
