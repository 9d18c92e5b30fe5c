using S3Criteria.Diagnostics;
using S3Criteria.Office.Layout;

namespace S3Criteria.Office.Reading;

/// <summary>
/// Reads the Strategy sheet: row 1 is its header, then one key per row in column A (a dotted path such as
/// <c>region.code</c>) with its value in column B; column C describes the key and is not read. A key whose value is
/// empty is not given. The rows of the collections say <c>none</c> when the strategy has none of them.
/// </summary>
internal sealed class StrategySheetReader(string? file, CellReader cells, ICollection<Diagnostic> diagnostics, ISet<string> reportedMissing)
{
    private readonly Dictionary<string, WorkbookColumn> _keys = WorkbookLayout.Strategy.Keys.ToDictionary(k => k.Name, StringComparer.Ordinal);
    private readonly Dictionary<string, WorkbookSheet> _collections = WorkbookLayout.Strategy.Collections.ToDictionary(c => c.Field, StringComparer.Ordinal);

    /// <summary>Gets the collections stated as having none (<c>none</c>), with the cell that says it.</summary>
    public Dictionary<string, SourceLocation> StatedNone { get; } = new(StringComparer.Ordinal);

    /// <summary>Reads the values of the sheet into <paramref name="root"/>, nested by their dotted keys.</summary>
    public void Read(RawSheet sheet, KeyGroup root)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (row, rowCells) in sheet.Rows)
        {
            if (row == 1)
            {
                continue;
            }

            var keyCell = rowCells.Find(c => c.Column == 1);
            var valueCell = rowCells.Find(c => c.Column == 2);
            var keyAt = At(row, 1);
            var valueAt = At(row, 2);
            if (keyCell?.Value is not { } rawKey)
            {
                if (valueCell is not null)
                {
                    diagnostics.Add(Messages.WorkbookValueWithoutKey.At(valueAt, ("row", row)));
                }

                continue;
            }

            var key = rawKey.Trim();
            if (seen.TryGetValue(key, out var first))
            {
                diagnostics.Add(Messages.WorkbookDuplicateKey.At(keyAt, key, ("key", key), ("first", first.Cell)));
                continue;
            }

            seen[key] = keyAt;
            if (_collections.TryGetValue(key, out var collection))
            {
                ReadCollectionState(valueCell, key, collection, valueAt);
                continue;
            }

            if (!_keys.TryGetValue(key, out var column))
            {
                var names = _keys.Keys.Concat(_collections.Keys).ToList();
                diagnostics.Add(Messages.WorkbookUnknownKey.At(keyAt, key, ("key", key), ("suggestion", NameSuggester.Suggest(key, names)), ("keys", names)));
                continue;
            }

            given.Add(key);
            if (valueCell is null)
            {
                if (column.IsRequired)
                {
                    reportedMissing.Add(key);
                    diagnostics.Add(Messages.DocumentMissingKey.At(valueAt, key, ("kind", column.Path.Count > 1 ? column.Path[^2] : "strategy"), ("key", column.Path[^1]), ("expected", column.Expected)));
                }

                continue;
            }

            if (cells.Read(valueCell, column, valueAt, key) is { } value)
            {
                root.Add(column.Path, keyAt, value, diagnostics);
            }
        }
    }

    private void ReadCollectionState(RawCell? cell, string key, WorkbookSheet collection, SourceLocation at)
    {
        if (cell is null)
        {
            return;
        }

        if (cell.Type is "s" or "inlineStr" or "str" && cell.Value?.Trim().Equals("none", StringComparison.OrdinalIgnoreCase) == true)
        {
            StatedNone[key] = at;
            return;
        }

        diagnostics.Add(Messages.WorkbookCollectionState.At(at, key, ("value", cell.Value ?? cell.Formula), ("key", key), ("sheet", collection.Name)));
    }

    private SourceLocation At(int row, int column) => SourceLocation.InCell(file, WorkbookLayout.StrategySheet, row, column);
}
