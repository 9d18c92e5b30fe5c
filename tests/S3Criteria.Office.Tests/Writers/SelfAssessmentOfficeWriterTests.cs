using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using S3Criteria.Writers;
using Spreadsheet = DocumentFormat.OpenXml.Spreadsheet;

namespace S3Criteria.Office.Tests.Writers;

/// <summary>
/// The Word and Excel self-assessments of every sample pass the OpenXML SDK's validator, and hold what an officer
/// files: a real table with a marked, repeated header row, A4 pages, the strategy title and evaluation date in the page
/// header, the document language.
/// </summary>
public sealed class SelfAssessmentOfficeWriterTests
{
    public static TheoryData<string> Samples() => Support.Samples.Names();

    [Theory]
    [MemberData(nameof(Samples))]
    public void Docx_EverySample_PassesOpenXmlValidatorWithAMarkedHeaderRowA4AndHeader(string sample)
    {
        var bytes = Write(new SelfAssessmentDocxWriter(), sample, out var report);

        using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        AssertValid(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(package));
        var body = package.MainDocumentPart!.Document!.Body!;
        var table = Assert.Single(body.Elements<Table>());
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(report.Criteria.Count + 1, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties?.GetFirstChild<TableHeader>()));
        Assert.Equal(8, rows[0].Elements<TableCell>().Count());
        var size = body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
        Assert.Equal([11906u, 16838u], new[] { size.Width!.Value, size.Height!.Value }.Order());
        var header = Assert.Single(package.MainDocumentPart.HeaderParts).Header!.InnerText;
        Assert.Contains(report.StrategyTitle, header, StringComparison.Ordinal);
        Assert.Contains("2026-11-25", header, StringComparison.Ordinal);
        Assert.Equal("en", package.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<Languages>().Single().Val?.Value);
        Assert.Equal("en", package.PackageProperties.Language);
        Assert.Contains(body.Elements<Paragraph>(), p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Xlsx_EverySample_PassesOpenXmlValidatorWithTheTableOnItsFirstSheet(string sample)
    {
        var bytes = Write(new SelfAssessmentXlsxWriter(), sample, out var report);

        using var package = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        AssertValid(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(package));
        var workbook = package.WorkbookPart!;
        var sheets = workbook.Workbook!.Sheets!.Elements<Spreadsheet.Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["Self-assessment", "Improvements", "About"], sheets);
        var first = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Spreadsheet.Sheet>().First().Id!);
        var rows = first.Worksheet!.Descendants<Spreadsheet.Row>().ToList();
        Assert.Equal(report.Criteria.Count + 1, rows.Count);
        Assert.Equal("Enabling condition", rows[0].Elements<Spreadsheet.Cell>().First().InnerText);
        Assert.All(rows.SelectMany(r => r.Elements<Spreadsheet.Cell>()), c => Assert.Equal(Spreadsheet.CellValues.InlineString, c.DataType!.Value));
        Assert.Equal(9u, first.Worksheet.Descendants<Spreadsheet.PageSetup>().Single().PaperSize!.Value);
    }

    [Fact]
    public void Docx_HostileText_StaysValid()
    {
        var yaml = File.ReadAllText(Support.Repository.File("samples", "strategies", "weak-draft.yaml"))
            .Replace("title: Study visits to other regions", "title: \"Bad \\u0001\\u000b text & <w:t> ]]> \\ud83d\\ude00\"", StringComparison.Ordinal);
        var document = Documents.StrategyDocument.Parse(yaml, filePath: "hostile.yaml");
        var context = new ReportWriterContext(Support.Samples.Evaluate(document), document, Support.Samples.Rules);
        foreach (var writer in OfficeReportWriters.Writers)
        {
            using var stream = new MemoryStream();
            writer.Write(context, stream);
            using var package = OpenXmlPackageFor(writer, stream.ToArray());
            AssertValid(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(package));
        }
    }

    [Fact]
    public void Writers_AreBinaryAndRefuseText()
    {
        var document = Support.Samples.Load("kainuu");
        var context = new ReportWriterContext(Support.Samples.Evaluate(document), document, Support.Samples.Rules);

        Assert.All(OfficeReportWriters.Writers, w =>
        {
            Assert.True(w.IsBinary);
            Assert.Throws<NotSupportedException>(() => w.WriteToString(context));
            Assert.Same(w, OfficeReportWriters.Registry.Get(w.Format));
        });
        Assert.False(ReportWriterRegistry.Default.TryGet("self-assessment-docx", out _));
    }

    private static DocumentFormat.OpenXml.Packaging.OpenXmlPackage OpenXmlPackageFor(ReportWriter writer, byte[] bytes) =>
        writer.FileExtension == "docx"
            ? WordprocessingDocument.Open(new MemoryStream(bytes), false)
            : SpreadsheetDocument.Open(new MemoryStream(bytes), false);

    private static byte[] Write(ReportWriter writer, string sample, out Reports.ComplianceReport report)
    {
        var document = Support.Samples.Load(sample);
        report = Support.Samples.Evaluate(document);
        using var stream = new MemoryStream();
        writer.Write(new ReportWriterContext(report, document, Support.Samples.Rules), stream);
        return stream.ToArray();
    }

    private static void AssertValid(IEnumerable<ValidationErrorInfo> validation)
    {
        var errors = validation.ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors.Take(20).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }
}
