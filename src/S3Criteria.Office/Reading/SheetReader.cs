using System.Globalization;
using System.Xml;

namespace S3Criteria.Office.Reading;

/// <summary>
/// Reads a worksheet part into a <see cref="RawSheet"/>: the cells that hold something (value, formula or error), with
/// shared strings resolved and values over the length limit dropped but measured, and the merged ranges. Stops after
/// the row limit, and keeps at most <see cref="MaxCellsPerRow"/> cells of a row, so memory stays bounded.
/// </summary>
internal static class SheetReader
{
    /// <summary>The most cells of one row kept: far more than the widest sheet of the workbook has columns.</summary>
    public const int MaxCellsPerRow = 100;

    public static RawSheet Read(XmlReader reader, string name, SharedStrings strings, int maxRows, int maxValueLength)
    {
        var sheet = new RawSheet(name);
        var row = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "row")
            {
                row = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r >= 1 ? r : row + 1;
                if (!reader.IsEmptyElement && !ReadRow(reader, sheet, row, strings, maxValueLength))
                {
                    continue;
                }

                if (sheet.Rows.Count > maxRows)
                {
                    sheet.TooManyRows = true;
                    sheet.FirstRowPastLimit = row;
                    sheet.Rows.Remove(row);
                    return sheet;
                }
            }
            else if (reader.LocalName == "mergeCell" && reader.GetAttribute("ref") is { } range)
            {
                var start = range.Split(':')[0];
                if (CellReference.TryParse(start, out var top, out var left))
                {
                    sheet.Merges.Add((range, top, left));
                }
            }
        }

        return sheet;
    }

    /// <summary>Reads a row's cells; <see langword="true"/> when it holds something.</summary>
    private static bool ReadRow(XmlReader reader, RawSheet sheet, int row, SharedStrings strings, int maxValueLength)
    {
        var depth = reader.Depth;
        var column = 0;
        List<RawCell>? cells = null;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "c")
            {
                continue;
            }

            column = reader.GetAttribute("r") is { } reference && CellReference.TryParse(reference, out _, out var c) ? c : column + 1;
            var cell = ReadCell(reader, row, column, strings, maxValueLength);
            if (cell.IsBlank)
            {
                continue;
            }

            cells ??= [];
            if (cells.Count < MaxCellsPerRow)
            {
                cells.Add(cell);
            }
        }

        if (cells is null)
        {
            return false;
        }

        cells.Sort((a, b) => a.Column.CompareTo(b.Column));
        sheet.Rows[row] = cells;
        return true;
    }

    private static RawCell ReadCell(XmlReader reader, int row, int column, SharedStrings strings, int maxValueLength)
    {
        var type = reader.GetAttribute("t") ?? "n";
        string? value = null;
        string? formula = null;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            var more = reader.Read();
            while (more && reader.Depth > depth)
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    switch (reader.LocalName)
                    {
                        case "f":
                            // A shared formula's other cells have an empty <f si="..."/>: still a formula.
                            formula = reader.IsEmptyElement ? "(shared formula)" : reader.ReadElementContentAsString();
                            formula = formula.Length == 0 ? "(shared formula)" : formula;
                            more = !reader.EOF;
                            continue;
                        case "v":
                            value = reader.ReadElementContentAsString();
                            more = !reader.EOF;
                            continue;
                        case "is":
                            value = SharedStrings.RichText(reader);
                            break;
                    }
                }

                more = reader.Read();
            }
        }

        if (type == "s")
        {
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && strings[index] is { } shared)
            {
                return new RawCell(row, column, type, shared.Text, formula, shared.Length);
            }

            return new RawCell(row, column, "e", "#REF!", formula, 5);
        }

        if (value is null)
        {
            return new RawCell(row, column, type, null, formula, 0);
        }

        if (type is "inlineStr" or "str")
        {
            value = OoxmlText.Unescape(value);
        }

        return value.Length > maxValueLength ? new RawCell(row, column, type, null, formula, value.Length) : new RawCell(row, column, type, value, formula, value.Length);
    }
}
