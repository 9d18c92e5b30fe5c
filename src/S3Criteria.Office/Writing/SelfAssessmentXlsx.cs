using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using S3Criteria.Writers;
using S3Criteria.Writers.Escaping;

namespace S3Criteria.Office.Writing;

/// <summary>
/// Lays out a <see cref="SelfAssessment"/> as an Excel workbook with the OpenXML SDK: the Annex V table on its own sheet
/// (a frozen, bold header row repeated on every printed page, wrapped cells, A4 landscape, the strategy title and
/// evaluation date in the printed header), the improvements on a second sheet, and what was assessed on a third.
/// Every cell is text (an inline string), so nothing a document says is read as a formula or a number.
/// </summary>
internal static class SelfAssessmentXlsx
{
    private static readonly double[] Widths = [28, 8, 14, 18, 40, 18, 45, 90];

    public static void Write(SelfAssessment assessment, Stream stream)
    {
        using var memory = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            package.PackageProperties.Title = XmlEscaping.Legal(assessment.StrategyTitle);
            package.PackageProperties.Subject = assessment.Phrases.Title;
            package.PackageProperties.Creator = "S3Criteria";
            var workbook = package.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStyles.Stylesheet();
            var header = SelfAssessmentPhrases.Fill(assessment.Phrases.PageHeader, ("title", assessment.StrategyTitle), ("date", assessment.EvaluationDate));
            AddSheet(workbook, assessment.Phrases.SheetTable, [assessment.Headers, .. assessment.Cells()], Widths, header);
            List<IReadOnlyList<string>> improvements = [[assessment.Phrases.ImprovementsHeaderCriterion, assessment.Phrases.ImprovementsHeaderImprovement]];
            improvements.AddRange(assessment.Improvements.Select(i => (IReadOnlyList<string>)[i.Criterion, i.Text]));
            AddSheet(workbook, assessment.Phrases.ImprovementsHeading, improvements, [16, 120], header);
            List<IReadOnlyList<string>> about = [[assessment.Phrases.Title], .. assessment.About.Select(a => (IReadOnlyList<string>)[a])];
            if (assessment.Incomplete is { } incomplete)
            {
                about.Add([incomplete]);
            }

            about.Add([assessment.Phrases.Disclaimer]);
            AddSheet(workbook, assessment.Phrases.SheetAbout, about, [120], header);
            workbook.Workbook.AppendChild(new DefinedNames(new DefinedName($"'{assessment.Phrases.SheetTable}'!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }));
            workbook.Workbook.Save();
        }

        memory.Position = 0;
        memory.CopyTo(stream);
    }

    private static void AddSheet(WorkbookPart workbook, string name, List<IReadOnlyList<string>> rows, double[] widths, string header)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var columns = new Columns();
        for (var i = 0; i < widths.Length; i++)
        {
            columns.AppendChild(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
        }

        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Count; c++)
            {
                row.AppendChild(new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(XmlEscaping.Legal(rows[r][c])) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    CellReference = Column(c) + (r + 1).ToString(CultureInfo.InvariantCulture),
                    DataType = CellValues.InlineString,
                    StyleIndex = r == 0 ? WorkbookStyles.Header : WorkbookStyles.Wrapped,
                });
            }

            data.AppendChild(row);
        }

        part.Worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { WorkbookViewId = 0 }),
            columns,
            data,
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 },
            new HeaderFooter(new OddHeader("&L" + XmlEscaping.Legal(header).Replace("&", "&&", StringComparison.Ordinal))));
        part.Worksheet.Save();
        var sheets = workbook.Workbook.Sheets!;
        sheets.AppendChild(new Sheet { Name = name, SheetId = (uint)(sheets.ChildElements.Count + 1), Id = workbook.GetIdOfPart(part) });
    }

    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column((index / 26) - 1) + (char)('A' + (index % 26));
}
