using DocumentFormat.OpenXml.Spreadsheet;

namespace S3Criteria.Office.Writing;

/// <summary>What one sheet is made of before it is written: rows, column widths and styles, drop-downs and header comments.</summary>
internal sealed class SheetContent(bool freezeHeader)
{
    public bool FreezeHeader { get; } = freezeHeader;

    public SheetData Data { get; } = new();

    public List<(double Width, uint Style)> Widths { get; } = [];

    public List<(string Range, IReadOnlyList<string> Choices)> Validations { get; } = [];

    public List<(int Row, int Column, string Text)> Comments { get; } = [];
}
