using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using S3Criteria.Diagnostics;
using S3Criteria.Documents;
using S3Criteria.Model;
using S3Criteria.Office.Layout;
using S3Criteria.Text;

namespace S3Criteria.Office.Writing;

/// <summary>
/// Writes a strategy as a strategy workbook with the OpenXML SDK: a Read me sheet, the Strategy sheet, one sheet per
/// collection, header rows with a comment per column, drop-downs for every choice, frozen header rows. The values come
/// from the strategy's JSON document (<see cref="StrategyDocumentWriter"/>), so the workbook holds what YAML and JSON hold.
/// </summary>
internal static class WorkbookWriter
{
    private static readonly int LastDataRow = DocumentLimits.Default.MaxItems + 1;

    public static IReadOnlyList<Diagnostic> Write(Strategy strategy, Stream stream)
    {
        using var json = JsonDocument.Parse(StrategyDocumentWriter.Write(strategy, StrategyDocumentFormat.Json));
        var root = json.RootElement;
        var layout = WorkbookLayout.Strategy;
        var problems = WritableCheck.Find(root, layout);
        if (problems.Count > 0)
        {
            return problems;
        }

        using var memory = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = package.AddWorkbookPart();
            workbookPart.Workbook = new Workbook(new Sheets());
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStyles.Stylesheet();
            var strings = new SharedStringWriter();
            var values = new CellValueWriter(strings);
            AddSheet(workbookPart, WorkbookLayout.ReadMeSheet, ReadMe(layout, strings));
            AddSheet(workbookPart, WorkbookLayout.StrategySheet, StrategySheet(root, layout, strings, values));
            foreach (var sheet in layout.Sheets)
            {
                AddSheet(workbookPart, sheet.Name, CollectionSheet(root, sheet, strings, values));
            }

            strings.Close();
            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Table;
            workbookPart.Workbook.Save();
        }

        memory.Position = 0;
        memory.CopyTo(stream);
        return [];
    }

    private static void AddSheet(WorkbookPart workbookPart, string name, SheetContent content)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        var worksheet = new Worksheet();
        if (content.FreezeHeader)
        {
            worksheet.AppendChild(new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }, new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } }) { WorkbookViewId = 0 }));
        }

        var columns = new Columns();
        for (var i = 0; i < content.Widths.Count; i++)
        {
            var (width, style) = content.Widths[i];
            columns.AppendChild(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true, Style = style });
        }

        worksheet.AppendChild(columns);
        worksheet.AppendChild(content.Data);
        if (content.Validations.Count > 0)
        {
            var validations = new DataValidations { Count = (uint)content.Validations.Count };
            foreach (var (range, choices) in content.Validations)
            {
                validations.AppendChild(Validation(range, choices));
            }

            worksheet.AppendChild(validations);
        }

        worksheet.AppendChild(new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        part.Worksheet = worksheet;
        if (CommentWriter.Add(part, content.Comments) is { } drawing)
        {
            worksheet.AppendChild(new LegacyDrawing { Id = drawing });
        }

        part.Worksheet.Save();
        var sheets = workbookPart.Workbook.Sheets!;
        sheets.AppendChild(new Sheet { Name = name, SheetId = (uint)(sheets.ChildElements.Count + 1), Id = workbookPart.GetIdOfPart(part) });
    }

    private static DataValidation Validation(string range, IReadOnlyList<string> choices)
    {
        var list = string.Join(',', choices);
        if (list.Length > 255)
        {
            throw new InvalidOperationException($"The drop-down of {range} lists {list.Length} characters; a spreadsheet takes at most 255.");
        }

        return new DataValidation(new Formula1($"\"{list}\""))
        {
            Type = DataValidationValues.List,
            AllowBlank = true,
            ShowErrorMessage = true,
            ErrorTitle = "Not one of the values",
            Error = "Choose a value from the list.",
            SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
        };
    }

    private static SheetContent ReadMe(WorkbookLayout layout, SharedStringWriter strings)
    {
        var content = new SheetContent(freezeHeader: false);
        content.Widths.Add((120, WorkbookStyles.Wrapped));
        var lines = WorkbookReadMe.Lines(layout);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var heading = i > 0 && lines[i - 1].Length == 0;
            var style = i == 0 ? WorkbookStyles.Title : heading ? WorkbookStyles.Header : WorkbookStyles.Wrapped;
            content.Data.AppendChild(new Row(strings.Cell($"A{i + 1}", lines[i], style)) { RowIndex = (uint)(i + 1) });
        }

        return content;
    }

    private static SheetContent StrategySheet(JsonElement root, WorkbookLayout layout, SharedStringWriter strings, CellValueWriter values)
    {
        var content = new SheetContent(freezeHeader: true);
        content.Widths.Add((40, WorkbookStyles.Text));
        content.Widths.Add((50, WorkbookStyles.Default));
        content.Widths.Add((110, WorkbookStyles.Wrapped));
        content.Data.AppendChild(new Row(strings.Cell("A1", "key", WorkbookStyles.Header), strings.Cell("B1", "value", WorkbookStyles.Header), strings.Cell("C1", "about", WorkbookStyles.Header)) { RowIndex = 1 });
        content.Comments.Add((1, 2, "Type each value in this column, beside its key; leave it empty when it is not known. Keys are not renamed."));
        var row = 2;
        foreach (var key in layout.Keys)
        {
            var reference = $"B{row}";
            var cell = Find(root, key.Path) is { } value ? values.Cell(reference, value, key) : new Cell { CellReference = reference, StyleIndex = WorkbookStyles.ForKind(key.Kind, key.IsList) };
            content.Data.AppendChild(new Row(strings.Cell($"A{row}", key.Name, WorkbookStyles.Text), cell, strings.Cell($"C{row}", ColumnHelp.Of(key), WorkbookStyles.Wrapped)) { RowIndex = (uint)row });
            if (key.Choices.Count > 0)
            {
                content.Validations.Add((reference, key.Choices));
            }

            row++;
        }

        foreach (var collection in layout.Collections)
        {
            var none = root.TryGetProperty(collection.Field, out var items) && items.GetArrayLength() == 0;
            var reference = $"B{row}";
            var cell = none ? strings.Cell(reference, "none", WorkbookStyles.Text) : new Cell { CellReference = reference, StyleIndex = WorkbookStyles.Text };
            var help = $"{StrategyJsonSchema.Describe($"strategy.{collection.Field}")} Listed in the {collection.Name} sheet. Leave this cell empty; write none when the strategy has none (a sheet without rows means: not stated yet).";
            content.Data.AppendChild(new Row(strings.Cell($"A{row}", collection.Field, WorkbookStyles.Text), cell, strings.Cell($"C{row}", help, WorkbookStyles.Wrapped)) { RowIndex = (uint)row });
            content.Validations.Add((reference, ["none"]));
            row++;
        }

        return content;
    }

    private static SheetContent CollectionSheet(JsonElement root, WorkbookSheet sheet, SharedStringWriter strings, CellValueWriter values)
    {
        var content = new SheetContent(freezeHeader: true);
        var header = new Row { RowIndex = 1 };
        for (var i = 0; i < sheet.Columns.Count; i++)
        {
            var column = sheet.Columns[i];
            var letters = SourceLocation.ColumnName(i + 1);
            header.AppendChild(strings.Cell($"{letters}1", column.Name, WorkbookStyles.Header));
            content.Widths.Add((column.Kind == CellKind.Text || column.IsList ? 32 : 20, WorkbookStyles.ForKind(column.Kind, column.IsList)));
            content.Comments.Add((1, i + 1, ColumnHelp.Of(column)));
            if (column.Choices.Count > 0 && !column.IsList)
            {
                content.Validations.Add(($"{letters}2:{letters}{LastDataRow}", column.Choices));
            }
        }

        content.Data.AppendChild(header);
        var rowNumber = 2;
        foreach (var (item, parentId) in Items(root, sheet))
        {
            var row = new Row { RowIndex = (uint)rowNumber };
            for (var i = 0; i < sheet.Columns.Count; i++)
            {
                var column = sheet.Columns[i];
                var reference = $"{SourceLocation.ColumnName(i + 1)}{rowNumber.ToString(CultureInfo.InvariantCulture)}";
                if (column == sheet.ParentColumn)
                {
                    row.AppendChild(strings.Cell(reference, parentId!, WorkbookStyles.Text));
                }
                else if (Find(item, column.Path) is { } value)
                {
                    row.AppendChild(values.Cell(reference, value, column));
                }
            }

            content.Data.AppendChild(row);
            rowNumber++;
        }

        return content;
    }

    /// <summary>The items of a sheet, in document order; for a child sheet, with the id of the item each belongs to.</summary>
    private static IEnumerable<(JsonElement Item, string? ParentId)> Items(JsonElement root, WorkbookSheet sheet)
    {
        if (sheet.Parent is null)
        {
            return root.TryGetProperty(sheet.Field, out var items) ? items.EnumerateArray().Select(item => (item, (string?)null)) : [];
        }

        return Items(root, sheet.Parent).SelectMany(parent =>
            parent.Item.TryGetProperty(sheet.Field, out var children)
                ? children.EnumerateArray().Select(child => (child, (string?)parent.Item.GetProperty("id").GetString()))
                : []);
    }

    /// <summary>The value under a path of keys, if given.</summary>
    public static JsonElement? Find(JsonElement element, IReadOnlyList<string> path)
    {
        foreach (var key in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(key, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.Null ? null : element;
    }
}
