using S3Criteria.Diagnostics;
using S3Criteria.Documents;
using S3Criteria.Model;
using S3Criteria.Office.Layout;
using S3Criteria.Office.Reading;
using S3Criteria.Office.Writing;
using S3Criteria.Text;

namespace S3Criteria.Office;

/// <summary>
/// Strategy documents as spreadsheet workbooks (.xlsx), the format policy officers keep their data in: a Strategy
/// sheet of keys and values, one sheet per collection (Priorities, Partnerships, Partners, Stakeholders, Indicators,
/// Actions, Evidence), and a Read me sheet. A workbook loads into the same <see cref="Strategy"/> through the same
/// binder and validation as YAML and JSON, every error located at its sheet and cell (<c>strategy.xlsx[Partnerships!C7]</c>).
/// </summary>
/// <remarks>
/// <para>Lists inside a cell (a partnership's priority ids, a priority's domains) are separated by
/// <see cref="ListSeparator"/>. A collection sheet that is absent, or has a header row and no rows, is not stated; the
/// strategy states that it has none by writing <c>none</c> beside the collection's key in the Strategy sheet.</para>
/// <para>Reading obeys <see cref="DocumentLimits"/> on the inflated content: the file and its parts inflate to at most
/// 4 bytes per character of <see cref="DocumentLimits.MaxDocumentLength"/> (as the file-size check of a YAML document),
/// a sheet holds at most <see cref="DocumentLimits.MaxItems"/> rows, a cell at most
/// <see cref="DocumentLimits.MaxValueLength"/> characters. The ZIP headers are checked first and every part is read
/// through a counting stream, so a ZIP bomb is refused in bounded memory.</para>
/// </remarks>
/// <threadsafety static="true" instance="true"/>
public static class StrategyWorkbook
{
    /// <summary>The separator of the items of a list inside one cell, such as <c>agri-food; health</c>.</summary>
    public const char ListSeparator = ';';

    /// <summary>Tells whether a file is read as a workbook: its name ends with <c>.xlsx</c>.</summary>
    /// <param name="path">The file.</param>
    /// <returns><see langword="true"/> for an .xlsx file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public static bool IsWorkbook(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return string.Equals(Path.GetExtension(path), ".xlsx", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Loads a strategy workbook from a file.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="StrategyDocumentException">The file cannot be read or the workbook has problems; all are listed.</exception>
    public static StrategyDocument Load(string path) => TryLoad(path).GetValueOrThrow();

    /// <summary>Loads a strategy workbook from a file without throwing for problems in it.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="limits">The document limits; <see cref="DocumentLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document, or every problem found, each located at its sheet and cell.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public static LoadResult<StrategyDocument> TryLoad(string path, DocumentLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        limits ??= DocumentLimits.Default;
        var diagnostics = new List<Diagnostic>();
        return ReadFile(path, limits, diagnostics) is { } bytes ? WorkbookReader.Read(bytes, path, limits) : Failed(diagnostics);
    }

    /// <summary>
    /// Tells whether a workbook file is a strategy workbook, by its content: it has the <c>Strategy</c> sheet of the
    /// template. A file that cannot be read, or is not a workbook package at all, is taken as one: it then fails to load,
    /// loudly, rather than being skipped unseen (as <see cref="StrategyDocument.LooksLikeStrategy"/> does for YAML and JSON).
    /// </summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="limits">The document limits; <see cref="DocumentLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns><see langword="false"/> only when the workbook was read and has no <c>Strategy</c> sheet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public static bool LooksLikeStrategy(string path, DocumentLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        limits ??= DocumentLimits.Default;
        var diagnostics = new List<Diagnostic>();
        if (ReadFile(path, limits, diagnostics) is not { } bytes)
        {
            return true;
        }

        try
        {
            using var package = WorkbookPackage.Open(bytes, new SourceLocation(path, 1, 1), limits, diagnostics);
            return package is null || WorkbookIndex.Read(package).Sheets.Any(s => string.Equals(s.Name, WorkbookLayout.StrategySheet, StringComparison.Ordinal));
        }
        catch (Exception exception) when (exception is InvalidDataException or System.Xml.XmlException or WorkbookLimitException)
        {
            return true;
        }
    }

    /// <summary>The bytes of a file, counted as they are read (the length a file system reports, 0 for a pipe or a device, is not trusted).</summary>
    private static byte[]? ReadFile(string path, DocumentLimits limits, List<Diagnostic> diagnostics)
    {
        var at = new SourceLocation(path, 1, 1);
        var limit = 4L * limits.MaxDocumentLength;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var content = new MemoryStream();
            var buffer = new byte[81_920];
            for (int read; (read = file.Read(buffer)) > 0;)
            {
                if (content.Length + read > limit)
                {
                    diagnostics.Add(Messages.FileTooLarge.At(at, ("bytes", $"more than {limit}"), ("limit", limits.MaxDocumentLength)));
                    return null;
                }

                content.Write(buffer, 0, read);
            }

            return content.ToArray();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            diagnostics.Add(Messages.FileNotReadable.At(at, ("reason", exception.Message)));
            return null;
        }
    }

    /// <summary>Reads a strategy workbook from its bytes without throwing for problems in it.</summary>
    /// <param name="content">The .xlsx file's bytes.</param>
    /// <param name="filePath">The file name to put in locations, if any.</param>
    /// <param name="limits">The document limits; <see cref="DocumentLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document, or every problem found, each located at its sheet and cell.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is <see langword="null"/>.</exception>
    public static LoadResult<StrategyDocument> TryRead(byte[] content, string? filePath = null, DocumentLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        limits ??= DocumentLimits.Default;
        if (content.LongLength > 4L * limits.MaxDocumentLength)
        {
            return Failed([Messages.FileTooLarge.At(new SourceLocation(filePath, 1, 1), ("bytes", content.LongLength), ("limit", limits.MaxDocumentLength))]);
        }

        return WorkbookReader.Read(content, filePath, limits);
    }

    /// <summary>
    /// Writes a strategy as a workbook that <see cref="TryRead"/> loads back to the same strategy, with the template's
    /// drop-downs, comments and Read me sheet.
    /// </summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="stream">Where to write the .xlsx package; nothing is written when there are problems.</param>
    /// <returns>The values a workbook cannot hold without loss (a list item holding the separator); empty when written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<Diagnostic> Write(Strategy strategy, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(stream);
        return WorkbookWriter.Write(strategy, stream);
    }

    /// <summary>
    /// Writes the template of <c>s3criteria init --format xlsx</c>: every sheet with its header row, drop-downs and
    /// comments, and the Strategy sheet with placeholder values for what every strategy must give (id, title,
    /// region, period). It loads as a strategy that states nothing yet, so every criterion is "cannot assess".
    /// </summary>
    /// <param name="stream">Where to write the .xlsx package.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public static void WriteTemplate(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        WorkbookWriter.Write(WorkbookTemplate.Strategy, stream);
    }

    private static LoadResult<StrategyDocument> Failed(IReadOnlyList<Diagnostic> diagnostics) =>
        new(null, diagnostics, problems => new StrategyDocumentException(problems));
}
