using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using S3Criteria.Diagnostics;
using S3Criteria.Model;
using S3Criteria.Text;

namespace S3Criteria.Documents;

/// <summary>
/// A strategy loaded from a YAML or JSON document, with where each value came from. Loading is strict: unknown keys,
/// duplicate keys, wrong types, missing required keys, unresolved references and broken invariants are all reported
/// together, each with the path of the value (<c>partnerships[3].end</c>) and its line and column.
/// </summary>
/// <threadsafety static="true" instance="true"/>
public sealed partial class StrategyDocument
{
    private readonly IReadOnlyDictionary<string, SourceLocation> _locations;

    private StrategyDocument(Strategy strategy, string? filePath, string contentHash, int? lineCount, IReadOnlyDictionary<string, SourceLocation> locations)
    {
        Strategy = strategy;
        FilePath = filePath;
        ContentHash = contentHash;
        LineCount = lineCount;
        _locations = locations;
    }

    /// <summary>Gets the strategy.</summary>
    public Strategy Strategy { get; }

    /// <summary>Gets the file the document came from, or <see langword="null"/> for text.</summary>
    public string? FilePath { get; }

    /// <summary>
    /// Gets the SHA-256 of the document, as lower-case hex: the report's record of what was checked. For a file (a
    /// workbook included) it is taken over the file's bytes (it equals <c>sha256sum</c> of the file); for text, over the
    /// text in UTF-8.
    /// </summary>
    public string ContentHash { get; }

    /// <summary>
    /// Gets the number of lines of the document text (a final line end does not start another line), or
    /// <see langword="null"/> for a document that is not text, such as a workbook.
    /// </summary>
    public int? LineCount { get; }

    /// <summary>Gets where the value at <paramref name="path"/> (such as <c>partnerships[3].end</c>) was written, if it was.</summary>
    /// <param name="path">A document path.</param>
    /// <returns>The location, or <see langword="null"/> when the document does not give that value.</returns>
    public SourceLocation? LocationOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return _locations.TryGetValue(path, out var location) ? location : null;
    }

    /// <summary>Loads a strategy document from a file; <c>.json</c> files are read as JSON, anything else as YAML.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="StrategyDocumentException">The file cannot be read or the document has problems; all are listed.</exception>
    public static StrategyDocument Load(string path) => TryLoad(path).GetValueOrThrow();


    /// <summary>Loads a strategy document from a file without throwing for problems in it.</summary>
    /// <param name="path">The file; <c>.json</c> files are read as JSON, anything else as YAML.</param>
    /// <param name="limits">The limits on size, depth and items; <see cref="DocumentLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public static LoadResult<StrategyDocument> TryLoad(string path, DocumentLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (IsWorkbook(path))
        {
            return Loaded(null, [Messages.WorkbookNotText.At(new SourceLocation(path, 1, 1))]);
        }

        limits ??= DocumentLimits.Default;
        var diagnostics = new List<Diagnostic>();
        var content = BoundedFile.Read(path, limits, diagnostics);
        return content is null ? Loaded(null, diagnostics) : Parse(content, path, limits);
    }

    /// <summary>Loads a strategy document from a file asynchronously without throwing for problems in it.</summary>
    /// <param name="path">The file; <c>.json</c> files are read as JSON, anything else as YAML.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<LoadResult<StrategyDocument>> TryLoadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var limits = DocumentLimits.Default;
        var diagnostics = new List<Diagnostic>();
        var content = await BoundedFile.ReadAsync(path, limits, diagnostics, cancellationToken).ConfigureAwait(false);
        return content is null ? Loaded(null, diagnostics) : Parse(content, path, limits);
    }

    /// <summary>Parses a strategy document from text.</summary>
    /// <param name="text">The document.</param>
    /// <param name="format">Its syntax. The default is YAML.</param>
    /// <param name="filePath">The file name to put in locations, if any.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="StrategyDocumentException">The document has problems; all are listed.</exception>
    public static StrategyDocument Parse(string text, StrategyDocumentFormat format = StrategyDocumentFormat.Yaml, string? filePath = null) =>
        TryParse(text, format, filePath).GetValueOrThrow();

    /// <summary>Parses a strategy document from text without throwing for problems in it.</summary>
    /// <param name="text">The document.</param>
    /// <param name="format">Its syntax. The default is YAML.</param>
    /// <param name="filePath">The file name to put in locations, if any.</param>
    /// <param name="limits">The limits on size, depth and items; <see cref="DocumentLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static LoadResult<StrategyDocument> TryParse(string text, StrategyDocumentFormat format = StrategyDocumentFormat.Yaml, string? filePath = null, DocumentLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text, () => Encoding.UTF8.GetBytes(text), format, filePath, limits);
    }

    /// <summary>Parses a file as read: the hash is taken over its bytes, so that it equals <c>sha256sum</c> of the file.</summary>
    private static LoadResult<StrategyDocument> Parse(FileContent content, string path, DocumentLimits limits) =>
        Parse(content.Text, () => content.Bytes, FormatOf(path), path, limits);

    private static LoadResult<StrategyDocument> Parse(string text, Func<byte[]> bytes, StrategyDocumentFormat format, string? filePath, DocumentLimits? limits)
    {
        var diagnostics = new List<Diagnostic>();
        var source = new SourceText(text, filePath);
        var root = format == StrategyDocumentFormat.Json ? JsonTreeReader.Read(source, diagnostics, limits) : YamlTreeReader.Read(source, diagnostics, limits);
        if (root is null)
        {
            return Loaded(null, diagnostics);
        }

        return FromNode(root, filePath, Hash(bytes()), CountLines(text), diagnostics);
    }

    /// <summary>Binds and validates a document parsed from <paramref name="text"/>.</summary>
    internal static LoadResult<StrategyDocument> FromNode(YNode root, string text, string? filePath, List<Diagnostic> diagnostics) =>
        FromNode(root, filePath, Hash(Encoding.UTF8.GetBytes(text)), CountLines(text), diagnostics);

    /// <summary>Binds and validates a parsed document; <paramref name="diagnostics"/> may already hold the reader's problems.</summary>
    internal static LoadResult<StrategyDocument> FromNode(YNode root, string? filePath, string contentHash, int? lineCount, List<Diagnostic> diagnostics)
    {
        var (strategy, locations, failed) = StrategyBinder.Bind(root, diagnostics);
        if (strategy is not null && strategy.Region is not null)
        {
            foreach (var diagnostic in Validate(strategy, filePath, locations))
            {
                // A value that failed to bind is already reported; do not report what follows from its absence.
                if (diagnostic.Path is null || !failed.Any(f => diagnostic.Path.StartsWith(f, StringComparison.Ordinal)))
                {
                    diagnostics.Add(diagnostic);
                }
            }
        }

        if (diagnostics.Count > 0 || strategy is null)
        {
            return Loaded(null, diagnostics);
        }

        return Loaded(new StrategyDocument(strategy, filePath, contentHash, lineCount, locations), []);
    }

    /// <summary>The SHA-256 of a document's bytes, as lower-case hex.</summary>
    internal static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static int CountLines(string text)
    {
        var lines = text.Count(c => c == '\n') + 1;
        return text.EndsWith('\n') && lines > 1 ? lines - 1 : lines;
    }

    /// <summary>
    /// Checks the invariants of a strategy built in code or loaded from a document: unique identifiers, references that
    /// resolve, dates in order and non-negative amounts.
    /// </summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="filePath">The file to name in diagnostics, if any.</param>
    /// <returns>Every broken invariant, with the path of the value; empty when the strategy is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="strategy"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<Diagnostic> Validate(Strategy strategy, string? filePath = null)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return Validate(strategy, filePath, new Dictionary<string, SourceLocation>());
    }

    private static List<Diagnostic> Validate(Strategy strategy, string? filePath, IReadOnlyDictionary<string, SourceLocation> locations)
    {
        var result = StrategyValidator.Instance.Validate(strategy);
        var diagnostics = new List<Diagnostic>(result.Errors.Count);
        foreach (var failure in result.Errors)
        {
            var path = ToDocumentPath(failure.PropertyName);
            var location = locations.TryGetValue(path, out var at) ? at : filePath is null ? null : new SourceLocation(filePath, 1, 1);
            var message = failure.CustomState as ValidationMessage
                ?? throw new InvalidOperationException($"The strategy validator's rule for '{failure.PropertyName}' has no catalogue message.");
            diagnostics.Add(message.At(location, path));
        }

        return diagnostics;
    }

    private static string ToDocumentPath(string propertyName) =>
        PascalSegment().Replace(propertyName, match => Naming.ToKebab(match.Value));

    private static bool IsWorkbook(string path) =>
        Path.GetExtension(path).ToUpperInvariant() is ".XLSX" or ".XLSM" or ".XLS" or ".ODS";

    private static StrategyDocumentFormat FormatOf(string path) =>
        string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase) ? StrategyDocumentFormat.Json : StrategyDocumentFormat.Yaml;

    [GeneratedRegex("[A-Za-z][A-Za-z0-9-]*")]
    private static partial Regex PascalSegment();

    private static LoadResult<StrategyDocument> Loaded(StrategyDocument? document, IReadOnlyList<Diagnostic> diagnostics) =>
        new(document, diagnostics, problems => new StrategyDocumentException(problems));
}
