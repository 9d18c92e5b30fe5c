using S3Criteria.Diagnostics;
using S3Criteria.Office.Layout;
using S3Criteria.Text;

namespace S3Criteria.Office.Reading;

/// <summary>
/// Builds the document tree of a workbook from its sheets: the Strategy sheet's values, each collection from its sheet
/// (absent or without rows: not stated; <c>none</c> in the Strategy sheet: stated as empty), and the rows of child
/// sheets (<c>Partners</c>) attached to the item whose id their first column names, checked like a reference.
/// </summary>
internal sealed class WorkbookTreeBuilder(string? file, CellReader cells, DocumentLimits limits, List<Diagnostic> diagnostics, ISet<string> reportedMissing)
{
    public DocumentNode Build(IReadOnlyDictionary<string, RawSheet> sheets)
    {
        var root = new KeyGroup(SourceLocation.InCell(file, WorkbookLayout.StrategySheet, 1, 1));
        var strategy = new StrategySheetReader(file, cells, diagnostics, reportedMissing);
        var strategySheet = sheets[WorkbookLayout.StrategySheet];
        foreach (var (range, row, column) in strategySheet.Merges)
        {
            diagnostics.Add(Messages.WorkbookMergedCells.At(SourceLocation.InCell(file, WorkbookLayout.StrategySheet, row, column), ("range", range)));
        }

        strategy.Read(strategySheet, root);
        var reader = new CollectionSheetReader(file, cells, limits, diagnostics, reportedMissing);
        foreach (var collection in WorkbookLayout.Strategy.Collections)
        {
            var count = 0;
            var rows = sheets.TryGetValue(collection.Name, out var raw)
                ? reader.Read(raw, collection, _ => CollectionSheetReader.ItemPath(collection.Field, count++))
                : [];
            if (rows is null)
            {
                continue;
            }

            var paths = rows.Select((_, i) => CollectionSheetReader.ItemPath(collection.Field, i)).ToList();
            Attach(collection, rows, paths, sheets, reader);
            var sheetAt = SourceLocation.InCell(file, collection.Name, 1, 1);
            if (strategy.StatedNone.TryGetValue(collection.Field, out var noneAt))
            {
                if (rows.Count > 0)
                {
                    diagnostics.Add(Messages.WorkbookNoneWithRows.At(noneAt, collection.Field, ("key", collection.Field), ("sheet", collection.Name), ("count", rows.Count)));
                }
                else
                {
                    root.Set(collection.Field, noneAt, DocumentNode.List([], noneAt));
                }
            }
            else if (rows.Count > 0)
            {
                root.Set(collection.Field, sheetAt, DocumentNode.List(rows.Select(r => Node(r, collection)), rows[0].Location));
            }
        }

        return root.ToNode();
    }

    /// <summary>Reads the child sheets of a collection and attaches each row to the item its first column names.</summary>
    private void Attach(WorkbookSheet layout, List<SheetRow> rows, List<string> paths, IReadOnlyDictionary<string, RawSheet> sheets, CollectionSheetReader reader)
    {
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Id is { } id)
            {
                byId.TryAdd(id, i);
            }
        }

        foreach (var child in layout.Children)
        {
            if (!sheets.TryGetValue(child.Name, out var raw))
            {
                continue;
            }

            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            string PathOf(string? parent)
            {
                if (parent is null || !byId.TryGetValue(parent, out var index))
                {
                    return child.Field;
                }

                var n = counts.GetValueOrDefault(parent);
                counts[parent] = n + 1;
                return CollectionSheetReader.ItemPath($"{paths[index]}.{child.Field}", n);
            }

            var childRows = reader.Read(raw, child, PathOf) ?? [];
            var childPaths = new List<string>();
            var attached = new List<SheetRow>();
            foreach (var row in childRows)
            {
                if (row.Parent is not { } parent)
                {
                    // The sheet has no parent column, which is reported once at its header.
                    continue;
                }

                var (id, at) = parent;
                if (string.IsNullOrEmpty(id))
                {
                    diagnostics.Add(Messages.DocumentMissingKey.At(at, child.Field, ("kind", child.Kind.Name), ("key", child.ParentColumn!.Name), ("expected", child.ParentColumn.Expected)));
                    continue;
                }

                if (!byId.TryGetValue(id, out var index))
                {
                    var known = byId.Keys.ToList();
                    var message = known.Count == 0 ? Messages.StrategyUnresolvedReferenceNoneDeclared : Messages.StrategyUnresolvedReference;
                    diagnostics.Add(message.At(at, child.ParentColumn!.Name, ("kind", layout.Kind.Name), ("id", id), ("known", known)));
                    continue;
                }

                var list = rows[index].Children.TryGetValue(child.Field, out var existing) ? existing : rows[index].Children[child.Field] = [];
                childPaths.Add(CollectionSheetReader.ItemPath($"{paths[index]}.{child.Field}", list.Count));
                list.Add(row);
                attached.Add(row);
            }

            Attach(child, attached, childPaths, sheets, reader);
        }
    }

    private static DocumentNode Node(SheetRow row, WorkbookSheet layout)
    {
        var entries = new List<DocumentEntry>(row.Values);
        foreach (var child in layout.Children)
        {
            if (row.Children.TryGetValue(child.Field, out var rows) && rows.Count > 0)
            {
                entries.Add(new DocumentEntry(child.Field, rows[0].Location, DocumentNode.List(rows.Select(r => Node(r, child)), rows[0].Location)));
            }
        }

        return DocumentNode.Mapping(entries, row.Location);
    }
}
