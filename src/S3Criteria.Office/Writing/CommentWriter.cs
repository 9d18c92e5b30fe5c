using System.Globalization;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace S3Criteria.Office.Writing;

/// <summary>
/// Writes the comments of a sheet's header cells: the comments part that spreadsheets read, and the legacy VML drawing
/// that Excel shows them with.
/// </summary>
internal static class CommentWriter
{
    private const string Author = "S3Criteria";

    /// <summary>Adds the comments to a worksheet part; returns the relationship id of the VML drawing, for the sheet's legacyDrawing.</summary>
    public static string? Add(WorksheetPart sheet, IReadOnlyList<(int Row, int Column, string Text)> comments)
    {
        if (comments.Count == 0)
        {
            return null;
        }

        var part = sheet.AddNewPart<WorksheetCommentsPart>();
        var list = new CommentList();
        foreach (var (row, column, text) in comments)
        {
            var reference = $"{Diagnostics.SourceLocation.ColumnName(column)}{row.ToString(CultureInfo.InvariantCulture)}";
            list.AppendChild(new Comment(new CommentText(new Run(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }))) { Reference = reference, AuthorId = 0 });
        }

        part.Comments = new Comments(new Authors(new Author(Author)), list);

        var vml = sheet.AddNewPart<VmlDrawingPart>();
        using (var stream = vml.GetStream(FileMode.Create))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            writer.Write(Vml(comments));
        }

        return sheet.GetIdOfPart(vml);
    }

    private static string Vml(IReadOnlyList<(int Row, int Column, string Text)> comments)
    {
        var xml = new StringBuilder();
        xml.Append("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">");
        xml.Append("<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"1\"/></o:shapelayout>");
        xml.Append("<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">");
        xml.Append("<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>");
        var id = 1025;
        foreach (var (row, column, text) in comments)
        {
            var r = row - 1;
            var c = column - 1;
            xml.Append(CultureInfo.InvariantCulture, $"<v:shape id=\"_x0000_s{id++}\" type=\"#_x0000_t202\" style=\"position:absolute;margin-left:80pt;margin-top:2pt;width:240pt;height:120pt;z-index:{id - 1025};visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">");
            xml.Append("<v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/>");
            xml.Append("<v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\">").Append(SecurityElement.Escape(text.Length > 200 ? text[..200] : text)).Append("</div></v:textbox>");
            xml.Append(CultureInfo.InvariantCulture, $"<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>{c + 1}, 15, {r}, 2, {c + 5}, 15, {r + 8}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>{r}</x:Row><x:Column>{c}</x:Column></x:ClientData>");
            xml.Append("</v:shape>");
        }

        xml.Append("</xml>");
        return xml.ToString();
    }
}
