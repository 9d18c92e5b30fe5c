using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml.Spreadsheet;
using S3Criteria.Office.Layout;
using S3Criteria.Office.Reading;

namespace S3Criteria.Office.Writing;

/// <summary>
/// Makes the cell of one value, so that <see cref="CellReader"/> reads it back to the same value: numbers as numbers
/// when a spreadsheet's double holds them exactly (else as plain text, which the reader accepts), dates as dates
/// (before 1900-03-01 as text), true and false as booleans, text and lists as shared strings.
/// </summary>
internal sealed class CellValueWriter(SharedStringWriter strings)
{
    private static readonly DateOnly Epoch = new(1899, 12, 30);
    private static readonly DateOnly FirstSerialDate = new(1900, 3, 1);

    public Cell Cell(string reference, JsonElement value, WorkbookColumn column)
    {
        if (column.IsList)
        {
            var items = value.EnumerateArray().Select(Text);
            return strings.Cell(reference, string.Join($"{StrategyWorkbook.ListSeparator} ", items), WorkbookStyles.Text);
        }

        switch (column.Kind)
        {
            case CellKind.Boolean when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                return new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(value.ValueKind == JsonValueKind.True ? "1" : "0") };
            case CellKind.Number or CellKind.WholeNumber when value.ValueKind == JsonValueKind.Number:
                var raw = value.GetRawText();
                return CellReader.NumberText(raw) == Normalised(raw)
                    ? new Cell { CellReference = reference, CellValue = new CellValue(raw) }
                    : strings.Cell(reference, raw, WorkbookStyles.Text);
            case CellKind.Date when DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date >= FirstSerialDate:
                var serial = date.DayNumber - Epoch.DayNumber;
                return new Cell { CellReference = reference, StyleIndex = WorkbookStyles.Date, CellValue = new CellValue(serial.ToString(CultureInfo.InvariantCulture)) };
            default:
                return strings.Cell(reference, Text(value), WorkbookStyles.Text);
        }
    }

    private static string Normalised(string raw) =>
        decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number.ToString(CultureInfo.InvariantCulture) : raw;

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}
