using System.Globalization;
using System.Text.Json;
using S3Criteria.Diagnostics;
using S3Criteria.Office.Layout;

namespace S3Criteria.Office.Writing;

/// <summary>
/// Finds the values a workbook cannot hold without loss, before anything is written: an empty text (an empty cell is
/// "not given"), and a list item that holds the separator or starts or ends with spaces (cells' lists are split and trimmed).
/// </summary>
internal static class WritableCheck
{
    public static List<Diagnostic> Find(JsonElement root, WorkbookLayout layout)
    {
        var problems = new List<Diagnostic>();
        foreach (var key in layout.Keys)
        {
            Check(WorkbookWriter.Find(root, key.Path), key, string.Join('.', key.Path), problems);
        }

        foreach (var collection in layout.Collections)
        {
            CheckItems(root, collection, collection.Field, problems);
        }

        return problems;
    }

    private static void CheckItems(JsonElement owner, WorkbookSheet sheet, string path, List<Diagnostic> problems)
    {
        if (!owner.TryGetProperty(sheet.Field, out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]");
            foreach (var column in sheet.Columns.Where(c => c != sheet.ParentColumn))
            {
                Check(WorkbookWriter.Find(item, column.Path), column, $"{itemPath}.{column.Name}", problems);
            }

            foreach (var child in sheet.Children)
            {
                CheckItems(item, child, $"{itemPath}.{child.Field}", problems);
            }
        }
    }

    private static void Check(JsonElement? value, WorkbookColumn column, string path, List<Diagnostic> problems)
    {
        if (value is not { } element)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(element.GetString()))
        {
            problems.Add(Messages.WorkbookValueNotWritable.At(null, path, ("value", element.GetString())));
        }

        if (!column.IsList || element.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            var text = item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText();
            if (text.Length == 0 || text.Contains(StrategyWorkbook.ListSeparator, StringComparison.Ordinal) || text.Trim().Length != text.Length)
            {
                problems.Add(Messages.WorkbookValueNotWritable.At(null, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), ("value", text)));
            }

            i++;
        }
    }
}
