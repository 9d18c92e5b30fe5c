using System.Globalization;
using S3Criteria.Diagnostics;
using S3Criteria.Office.Layout;
using S3Criteria.Text;

namespace S3Criteria.Office.Reading;

/// <summary>
/// Reads a collection sheet: row 1 names the columns (field names, in any order; an optional column may be left out),
/// and every row below with a value is one item, in order. A table is one block of rows: an empty row with values below
/// it, or a second table below the first, is an error, never a silently skipped row.
/// </summary>
internal sealed class CollectionSheetReader(string? file, CellReader cells, DocumentLimits limits, ICollection<Diagnostic> diagnostics, ISet<string> reportedMissing)
{
    /// <summary>Reads the rows of a sheet as items; <see langword="null"/> when the sheet cannot be read at all.</summary>
    /// <param name="sheet">The sheet's cells.</param>
    /// <param name="layout">The sheet's layout.</param>
    /// <param name="pathOf">The document path of the next item, given the id of the item it belongs to (for a child sheet; else <see langword="null"/>).</param>
    /// <returns>The items, with the row each came from.</returns>
    public List<SheetRow>? Read(RawSheet sheet, WorkbookSheet layout, Func<string?, string> pathOf)
    {
        foreach (var (range, row, column) in sheet.Merges)
        {
            diagnostics.Add(Messages.WorkbookMergedCells.At(At(layout, row, column), ("range", range)));
        }

        if (sheet.Rows.Count == 0)
        {
            return [];
        }

        if (!sheet.Rows.TryGetValue(1, out var headerCells))
        {
            diagnostics.Add(Messages.WorkbookNoHeader.At(At(layout, 1, 1), ("sheet", layout.Name), ("columns", layout.Columns.Select(c => c.Name))));
            return null;
        }

        var columns = Header(headerCells, layout);

        // A column whose header names an unknown field, and a required column missing from the header, are reported
        // once at the header, not again at every row (as headerless values, or as a value every item needs).
        var named = headerCells.Where(c => !string.IsNullOrWhiteSpace(c.Value)).Select(c => c.Column).ToHashSet();
        var missing = layout.Columns.Where(c => c.IsRequired && c != layout.ParentColumn && !columns.ContainsValue(c)).ToList();
        var parentColumn = columns.FirstOrDefault(pair => pair.Value == layout.ParentColumn).Key;
        var rows = new List<SheetRow>();
        var previous = 1;
        foreach (var (row, rowCells) in sheet.Rows)
        {
            if (row == 1)
            {
                continue;
            }

            if (RepeatsHeader(rowCells, columns))
            {
                diagnostics.Add(Messages.WorkbookSecondTable.At(At(layout, row, rowCells[0].Column), ("row", row), ("sheet", layout.Name)));
                break;
            }

            if (row > previous + 1)
            {
                diagnostics.Add(Messages.WorkbookEmptyRow.At(At(layout, previous + 1, 1), ("row", previous + 1), ("sheet", layout.Name)));
            }

            previous = row;
            var parent = layout.Parent is null ? null : rowCells.Find(c => c.Column == parentColumn)?.Value?.Trim() ?? string.Empty;
            var path = pathOf(parent);
            rows.Add(ReadRow(layout, columns, named, row, rowCells, path));
            foreach (var column in missing)
            {
                reportedMissing.Add($"{path}.{column.Name}");
            }
        }

        if (sheet.TooManyRows)
        {
            diagnostics.Add(Messages.WorkbookTooManyRows.At(At(layout, sheet.FirstRowPastLimit, 1), ("sheet", layout.Name), ("limit", limits.MaxItems)));
        }

        return rows;
    }

    /// <summary>Matches the header row with the layout's columns: unknown, repeated and missing columns are reported.</summary>
    private Dictionary<int, WorkbookColumn> Header(List<RawCell> headerCells, WorkbookSheet layout)
    {
        var byName = layout.Columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var names = layout.Columns.Select(c => c.Name).ToList();
        var columns = new Dictionary<int, WorkbookColumn>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var cell in headerCells)
        {
            var at = At(layout, 1, cell.Column);
            var name = cell.Value?.Trim() ?? string.Empty;
            if (!byName.TryGetValue(name, out var column))
            {
                diagnostics.Add(Messages.WorkbookUnknownColumn.At(at, ("column", name), ("sheet", layout.Name), ("suggestion", NameSuggester.Suggest(name, names)), ("columns", names)));
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                diagnostics.Add(Messages.WorkbookDuplicateColumn.At(at, ("column", name), ("first", first.Cell)));
                continue;
            }

            seen[name] = at;
            columns[cell.Column] = column;
        }

        var free = headerCells.Count == 0 ? 1 : headerCells.Max(c => c.Column) + 1;
        foreach (var missing in layout.Columns.Where(c => c.IsRequired && !seen.ContainsKey(c.Name)))
        {
            diagnostics.Add(Messages.WorkbookMissingColumn.At(At(layout, 1, free++), ("sheet", layout.Name), ("column", missing.Name), ("expected", missing.Expected)));
        }

        return columns;
    }

    private SheetRow ReadRow(WorkbookSheet layout, Dictionary<int, WorkbookColumn> columns, HashSet<int> named, int row, List<RawCell> rowCells, string path)
    {
        var item = new SheetRow(row, At(layout, row, 1));
        foreach (var cell in rowCells)
        {
            var at = At(layout, row, cell.Column);
            if (!columns.TryGetValue(cell.Column, out var column))
            {
                if (!item.ReportedHeaderless && !named.Contains(cell.Column))
                {
                    // One error per row is enough to find the column; a header that names an unknown field is reported once, at the header.
                    item.ReportedHeaderless = true;
                    diagnostics.Add(Messages.WorkbookColumnWithoutHeader.At(at, ("column", SourceLocation.ColumnName(cell.Column)), ("sheet", layout.Name)));
                }

                continue;
            }

            var fieldPath = $"{path}.{column.Name}";
            if (column == layout.ParentColumn)
            {
                item.Parent = (cell.Value?.Trim(), at);
                continue;
            }

            if (cells.Read(cell, column, at, fieldPath) is { } value)
            {
                item.Values.Add(new DocumentEntry(column.Name, At(layout, 1, HeaderColumn(columns, column)), value));
            }
            else if (column.IsRequired)
            {
                // Reported at the cell; the binder's "needs" for the same value would say it again.
                reportedMissing.Add(fieldPath);
            }
        }

        foreach (var (number, column) in columns.Where(pair => pair.Value.IsRequired && rowCells.TrueForAll(c => c.Column != pair.Key)))
        {
            if (column == layout.ParentColumn)
            {
                item.Parent = (null, At(layout, row, number));
                continue;
            }

            var fieldPath = $"{path}.{column.Name}";
            reportedMissing.Add(fieldPath);
            diagnostics.Add(Messages.DocumentMissingKey.At(At(layout, row, number), fieldPath, ("kind", layout.Kind.Name), ("key", column.Name), ("expected", column.Expected)));
        }

        return item;
    }

    private static int HeaderColumn(Dictionary<int, WorkbookColumn> columns, WorkbookColumn column) => columns.First(pair => pair.Value == column).Key;

    /// <summary>A row repeating most of the header's names starts a second table.</summary>
    private static bool RepeatsHeader(List<RawCell> rowCells, Dictionary<int, WorkbookColumn> columns)
    {
        if (columns.Count == 0)
        {
            return false;
        }

        var repeated = rowCells.Count(c => columns.TryGetValue(c.Column, out var column) && string.Equals(c.Value?.Trim(), column.Name, StringComparison.Ordinal));
        return repeated * 2 > columns.Count || (repeated >= 2 && repeated == rowCells.Count);
    }

    private SourceLocation At(WorkbookSheet layout, int row, int column) => SourceLocation.InCell(file, layout.Name, row, column);

    /// <summary>Formats an item's path, such as <c>partnerships[3]</c>.</summary>
    public static string ItemPath(string prefix, int index) => string.Create(CultureInfo.InvariantCulture, $"{prefix}[{index}]");
}
