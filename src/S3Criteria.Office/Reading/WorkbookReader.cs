using System.Xml;
using S3Criteria.Diagnostics;
using S3Criteria.Documents;
using S3Criteria.Office.Layout;
using S3Criteria.Text;

namespace S3Criteria.Office.Reading;

/// <summary>
/// Reads a strategy workbook into the same model, through the same binder and validation, as a YAML document
/// (<see cref="StrategyDocument.TryBind"/>): every problem, of the package, the layout, a cell or the strategy, is
/// reported at once and located at its sheet and cell.
/// </summary>
internal static class WorkbookReader
{
    public static LoadResult<StrategyDocument> Read(byte[] bytes, string? file, DocumentLimits limits)
    {
        var diagnostics = new List<Diagnostic>();
        var fileAt = new SourceLocation(file, 1, 1);
        using var package = WorkbookPackage.Open(bytes, fileAt, limits, diagnostics);
        if (package is null)
        {
            return Failed(diagnostics);
        }

        DocumentNode root;
        var reportedMissing = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            var index = WorkbookIndex.Read(package);
            var strings = SharedStrings.Empty;
            if (index.SharedStringsPart is { } part && package.Has(part))
            {
                using var reader = package.OpenXml(part);
                strings = SharedStrings.Read(reader, limits.MaxValueLength);
            }

            var sheets = ReadSheets(package, index, strings, file, limits, diagnostics);
            if (sheets is null)
            {
                return Failed(diagnostics);
            }

            var cells = new CellReader(index.Date1904, limits.MaxValueLength, diagnostics);
            root = new WorkbookTreeBuilder(file, cells, limits, diagnostics, reportedMissing).Build(sheets);
        }
        catch (WorkbookLimitException)
        {
            diagnostics.Add(Messages.WorkbookInflatesTooMuch.At(fileAt, ("limit", package.Budget.Limit)));
            return Failed(diagnostics);
        }
        catch (Exception exception) when (exception is XmlException or InvalidDataException or IOException)
        {
            diagnostics.Add(Messages.WorkbookCorrupt.At(fileAt, ("reason", exception.Message)));
            return Failed(diagnostics);
        }

        var result = StrategyDocument.TryBind(root, file, bytes, diagnostics);
        if (result.Success)
        {
            return result;
        }

        // A required value the reader reported at its cell is not reported again by the binder, at its row.
        var own = new HashSet<Diagnostic>(diagnostics, ReferenceEqualityComparer.Instance);
        return Failed([.. result.Diagnostics.Where(d => own.Contains(d) || !IsReported(d, reportedMissing))]);
    }

    private static bool IsReported(Diagnostic diagnostic, HashSet<string> reportedMissing) =>
        diagnostic.Code == DiagnosticCodes.MissingKey && diagnostic.Path is { } path
        && reportedMissing.Any(reported => reported == path || reported.StartsWith(path + ".", StringComparison.Ordinal));

    private static Dictionary<string, RawSheet>? ReadSheets(WorkbookPackage package, WorkbookIndex index, SharedStrings strings, string? file, DocumentLimits limits, List<Diagnostic> diagnostics)
    {
        var layout = WorkbookLayout.Strategy;
        var known = layout.SheetNames.ToHashSet(StringComparer.Ordinal);
        var sheets = new Dictionary<string, RawSheet>(StringComparer.Ordinal);
        foreach (var (name, part) in index.Sheets)
        {
            if (!known.Contains(name))
            {
                var suggestion = NameSuggester.Suggest(name, known);
                if (name != WorkbookLayout.ReadMeSheet && !suggestion.IsEmpty)
                {
                    diagnostics.Add(Messages.WorkbookSheetNotRead.At(SourceLocation.InCell(file, name, 1, 1), ("sheet", name), ("suggestion", suggestion)));
                }

                continue;
            }

            if (part is null || !package.Has(part))
            {
                throw new InvalidDataException($"the sheet '{name}' has no part in the package.");
            }

            using var reader = package.OpenXml(part);
            sheets[name] = SheetReader.Read(reader, name, strings, limits.MaxItems + 1, limits.MaxValueLength);
        }

        if (!sheets.ContainsKey(WorkbookLayout.StrategySheet))
        {
            var names = index.Sheets.Select(s => s.Name).ToList();
            diagnostics.Add(Messages.WorkbookMissingSheet.At(SourceLocation.InCell(file, WorkbookLayout.StrategySheet, 1, 1), ("sheet", WorkbookLayout.StrategySheet), ("suggestion", NameSuggester.Suggest(WorkbookLayout.StrategySheet, names)), ("sheets", names)));
            return null;
        }

        return sheets;
    }

    private static LoadResult<StrategyDocument> Failed(IReadOnlyList<Diagnostic> diagnostics) =>
        new(null, diagnostics, problems => new StrategyDocumentException(problems));
}
