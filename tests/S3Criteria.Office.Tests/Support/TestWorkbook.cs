using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace S3Criteria.Office.Tests.Support;

/// <summary>
/// Builds small .xlsx packages by hand, cell by cell, to test what the reader does with what spreadsheets (and
/// careless users) produce. A cell is written as text (an inline string) unless it starts with a marker:
/// <c>#n:</c> number, <c>#b:</c> boolean, <c>#e:</c> error value, <c>#f:</c> formula (with a cached value after <c>|</c>),
/// <c>#s:</c> a shared string of that text; <see langword="null"/> is an empty cell.
/// </summary>
internal sealed class TestWorkbook
{
    private readonly List<(string Name, List<string?[]> Rows, List<string> Merges, Dictionary<int, int> RowNumbers)> _sheets = [];
    private readonly List<string> _shared = [];

    /// <summary>The rows of a Strategy sheet that loads: what every strategy must give.</summary>
    public static string?[][] MinimalStrategy =>
    [
        ["key", "value", "about"],
        ["id", "test-s3"],
        ["title", "Test strategy"],
        ["region.code", "ITF4"],
        ["region.name", "Puglia"],
        ["region.category", "less-developed"],
        ["period-start", "#n:2021"],
        ["period-end", "#n:2027"],
    ];

    public bool Date1904 { get; set; }

    public TestWorkbook Sheet(string name, params string?[][] rows)
    {
        _sheets.Add((name, [.. rows], [], []));
        return this;
    }

    /// <summary>Puts the last sheet's rows from index <paramref name="index"/> at a sheet row number (to leave empty rows).</summary>
    public TestWorkbook RowNumber(int index, int row)
    {
        _sheets[^1].RowNumbers[index] = row;
        return this;
    }

    public TestWorkbook Merge(string range)
    {
        _sheets[^1].Merges.Add(range);
        return this;
    }

    public byte[] ToBytes()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            var sheets = new StringBuilder();
            var rels = new StringBuilder();
            var types = new StringBuilder();
            for (var i = 0; i < _sheets.Count; i++)
            {
                sheets.Append(CultureInfo.InvariantCulture, $"<sheet name=\"{SecurityElement.Escape(_sheets[i].Name)}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>");
                rels.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>");
                types.Append(CultureInfo.InvariantCulture, $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            }

            var sheetXml = _sheets.Select(SheetXml).ToList();
            rels.Append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            Add(zip, "[Content_Types].xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>{types}</Types>");
            Add(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            var pr = Date1904 ? "<workbookPr date1904=\"1\"/>" : string.Empty;
            Add(zip, "xl/workbook.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">{pr}<sheets>{sheets}</sheets></workbook>");
            Add(zip, "xl/_rels/workbook.xml.rels", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{rels}</Relationships>");
            for (var i = 0; i < sheetXml.Count; i++)
            {
                Add(zip, $"xl/worksheets/sheet{i + 1}.xml", sheetXml[i]);
            }

            var shared = string.Concat(_shared.Select(s => $"<si><t xml:space=\"preserve\">{SecurityElement.Escape(s)}</t></si>"));
            Add(zip, "xl/sharedStrings.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"{_shared.Count}\" uniqueCount=\"{_shared.Count}\">{shared}</sst>");
        }

        return memory.ToArray();
    }

    private string SheetXml((string Name, List<string?[]> Rows, List<string> Merges, Dictionary<int, int> RowNumbers) sheet)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        var row = 0;
        for (var i = 0; i < sheet.Rows.Count; i++)
        {
            row = sheet.RowNumbers.TryGetValue(i, out var number) ? number : row + 1;
            xml.Append(CultureInfo.InvariantCulture, $"<row r=\"{row}\">");
            for (var c = 0; c < sheet.Rows[i].Length; c++)
            {
                if (sheet.Rows[i][c] is { } value)
                {
                    xml.Append(Cell($"{(char)('A' + c)}{row}", value));
                }
            }

            xml.Append("</row>");
        }

        xml.Append("</sheetData>");
        if (sheet.Merges.Count > 0)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<mergeCells count=\"{sheet.Merges.Count}\">");
            xml.AppendJoin(string.Empty, sheet.Merges.Select(m => $"<mergeCell ref=\"{m}\"/>"));
            xml.Append("</mergeCells>");
        }

        return xml.Append("</worksheet>").ToString();
    }

    private string Cell(string reference, string value)
    {
        string Escape(string text) => SecurityElement.Escape(text)!;
        if (value.StartsWith("#n:", StringComparison.Ordinal))
        {
            return $"<c r=\"{reference}\"><v>{value[3..]}</v></c>";
        }

        if (value.StartsWith("#b:", StringComparison.Ordinal))
        {
            return $"<c r=\"{reference}\" t=\"b\"><v>{value[3..]}</v></c>";
        }

        if (value.StartsWith("#e:", StringComparison.Ordinal))
        {
            return $"<c r=\"{reference}\" t=\"e\"><v>{Escape(value[3..])}</v></c>";
        }

        if (value.StartsWith("#f:", StringComparison.Ordinal))
        {
            var parts = value[3..].Split('|');
            return $"<c r=\"{reference}\"><f>{Escape(parts[0])}</f><v>{(parts.Length > 1 ? parts[1] : "0")}</v></c>";
        }

        if (value.StartsWith("#s:", StringComparison.Ordinal))
        {
            _shared.Add(value[3..]);
            return $"<c r=\"{reference}\" t=\"s\"><v>{_shared.Count - 1}</v></c>";
        }

        return $"<c r=\"{reference}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{Escape(value)}</t></is></c>";
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }
}
