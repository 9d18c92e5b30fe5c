using S3Criteria.Diagnostics;
using S3Criteria.Model;
using S3Criteria.Text;

namespace S3Criteria.Documents;

/// <summary>Loading from a stream, and telling strategy documents from the other YAML and JSON files beside them.</summary>
public sealed partial class StrategyDocument
{
    /// <summary>
    /// Loads a strategy document from a stream, such as standard input, without throwing for problems in it. It is read
    /// within the same limits as a file; its syntax is decided by its content: JSON when its first character (after
    /// white space and a byte-order mark) is <c>{</c>, YAML otherwise.
    /// </summary>
    /// <param name="stream">The stream; read to its end, not disposed.</param>
    /// <param name="name">The name to use in locations and reports, such as <c>&lt;stdin&gt;</c>.</param>
    /// <param name="limits">The limits on size, depth and items; <see cref="DocumentLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="name"/> is <see langword="null"/>.</exception>
    public static LoadResult<StrategyDocument> TryLoad(Stream stream, string name, DocumentLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        limits ??= DocumentLimits.Default;
        var diagnostics = new List<Diagnostic>();
        var content = BoundedFile.Read(stream, name, limits, diagnostics);
        if (content is null)
        {
            return Loaded(null, diagnostics);
        }

        var format = content.Text.TrimStart().StartsWith('{') ? StrategyDocumentFormat.Json : StrategyDocumentFormat.Yaml;
        return Parse(content.Text, () => content.Bytes, format, name, limits);
    }

    /// <summary>
    /// Decides from its content whether a YAML or JSON file found in a directory may be a strategy document, so that a
    /// directory can be checked without naming every document: rule files, rule tests, waiver files, JSON reports,
    /// schemas and build files are not. A file is taken as a strategy when its top level is a mapping with at least two
    /// of the keys every strategy has (<c>id</c>, <c>title</c>, <c>region</c>, <c>period-start</c>, <c>period-end</c>), one
    /// of them <c>region</c> or a period key, or
    /// when it names the strategy schema (a <c>$schema</c> key, or a <c>yaml-language-server</c> comment). A file that
    /// cannot be read or parsed, or is larger than the limits, is taken as one too: it then fails to load, loudly,
    /// rather than being skipped unseen. The file is read within the limits of a document.
    /// </summary>
    /// <param name="path">The file; <c>.json</c> files are read as JSON, anything else as YAML. Workbooks are always taken as strategies here: S3Criteria.Office's <c>StrategyWorkbook.LooksLikeStrategy</c> reads their sheets.</param>
    /// <param name="limits">The limits on size, depth and items; <see cref="DocumentLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns><see langword="false"/> only when the file was read and its content is not a strategy document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public static bool LooksLikeStrategy(string path, DocumentLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (IsWorkbook(path))
        {
            return true;
        }

        limits ??= DocumentLimits.Default;
        var diagnostics = new List<Diagnostic>();
        var content = BoundedFile.Read(path, limits, diagnostics);
        if (content is null)
        {
            return true;
        }

        if (content.Text.Contains("strategy.schema.json", StringComparison.Ordinal) && content.Text.TrimStart().StartsWith("# yaml-language-server:", StringComparison.Ordinal))
        {
            return true;
        }

        var source = new SourceText(content.Text, path);
        var root = FormatOf(path) == StrategyDocumentFormat.Json ? JsonTreeReader.Read(source, diagnostics, limits) : YamlTreeReader.Read(source, diagnostics, limits);
        if (root is null || diagnostics.Count > 0)
        {
            return true;
        }

        if (root is not YMapping mapping)
        {
            return false;
        }

        // 'id' and 'title' are common keys (a JSON Schema has both); the region and the period are a strategy's own.
        var required = ModelSchema.Strategy.Fields.Where(f => f.IsRequired).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var keys = mapping.Entries.Select(e => e.Key.Value).Where(required.Contains).ToList();
        return (keys.Count >= 2 && keys.Any(k => k is not "id" and not "title"))
            || mapping.Entries.Any(e => e.Key.Value == "$schema" && e.Value is YScalar { Value: { } schema } && schema.EndsWith("strategy.schema.json", StringComparison.Ordinal));
    }
}
