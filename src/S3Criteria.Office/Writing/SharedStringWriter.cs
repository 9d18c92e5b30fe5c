using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using S3Criteria.Office.Reading;

namespace S3Criteria.Office.Writing;

/// <summary>The shared string table being written: each text once, escaped as OOXML text so that it reads back exactly.</summary>
internal sealed class SharedStringWriter
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public SharedStringTable Table { get; } = new();

    public Cell Cell(string reference, string text, uint style)
    {
        if (!_index.TryGetValue(text, out var index))
        {
            index = _index.Count;
            _index[text] = index;
            var escaped = OoxmlText.Escape(text);
            Table.AppendChild(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(escaped) { Space = SpaceProcessingModeValues.Preserve }));
        }

        var cell = new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index) };
        if (style != WorkbookStyles.Default)
        {
            cell.StyleIndex = style;
        }

        return cell;
    }

    public void Close()
    {
        Table.Count = (uint)_index.Count;
        Table.UniqueCount = (uint)_index.Count;
    }
}
