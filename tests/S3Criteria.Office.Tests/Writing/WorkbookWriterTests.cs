using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using S3Criteria.Model;
using S3Criteria.Reports;

namespace S3Criteria.Office.Tests.Writing;

/// <summary>Every workbook the tool writes is a valid OOXML package, and the template states nothing yet.</summary>
public sealed class WorkbookWriterTests
{
    public static TheoryData<string> Samples => Support.Samples.Names();

    [Fact]
    public void WriteTemplate_PassesOpenXmlValidator()
    {
        using var stream = new MemoryStream();
        StrategyWorkbook.WriteTemplate(stream);

        AssertValid(stream.ToArray());
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Write_Sample_PassesOpenXmlValidator(string sample)
    {
        AssertValid(Support.Samples.ToWorkbook(Support.Samples.Load(sample)));
    }

    [Fact]
    public void WriteTemplate_LoadsAsNothingStatedYet_EveryCriterionCannotAssess()
    {
        using var stream = new MemoryStream();
        StrategyWorkbook.WriteTemplate(stream);

        var loaded = StrategyWorkbook.TryRead(stream.ToArray(), "strategy.xlsx");

        Assert.True(loaded.Success, string.Join('\n', loaded.Diagnostics));
        var strategy = loaded.Value!.Strategy;
        Assert.Null(strategy.Priorities);
        Assert.Null(strategy.Partnerships);
        Assert.Null(strategy.Evidence);
        Assert.Null(strategy.Status);
        var report = Support.Samples.Evaluate(loaded.Value);
        Assert.All(report.Criteria.Where(c => c.CriterionId is not ("EC1.1-C2" or "EC1.1-C3")), c => Assert.Equal(Verdict.CannotAssess, c.Verdict));

        // C2-01 and C3-01 (rule set 0.3.0) read a body or monitoring system that is not named as not named: the only
        // failures of an empty template, and about values the officer is to fill in, never about the workbook.
        var failed = report.Findings.Where(f => f.Severity == Rules.Severity.Blocking && f.Status == FindingStatus.Failed).Select(f => f.RuleId);
        Assert.Equal(["C2-01", "C3-01"], failed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WriteTemplate_HasSheetsHeadersDropDownsAndComments()
    {
        using var stream = new MemoryStream();
        StrategyWorkbook.WriteTemplate(stream);
        using var package = SpreadsheetDocument.Open(new MemoryStream(stream.ToArray()), false);
        var workbook = package.WorkbookPart!;

        var names = workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["Read me", "Strategy", "Priorities", "Partnerships", "Partners", "Stakeholders", "Indicators", "Actions", "Evidence"], names);
        var partnerships = Part(workbook, "Partnerships");
        var validations = partnerships.Worksheet.Descendants<DataValidation>().Select(v => v.Formula1!.Text).ToList();
        Assert.Contains(validations, f => f.Contains("interreg-c", StringComparison.Ordinal));
        Assert.Contains(validations, f => f.Contains("planned", StringComparison.Ordinal) && f.Contains("lapsed", StringComparison.Ordinal));
        Assert.Contains(Part(workbook, "Stakeholders").Worksheet.Descendants<DataValidation>(), v => v.Formula1!.Text.Contains("civil-society", StringComparison.Ordinal));
        var comments = partnerships.WorksheetCommentsPart!.Comments.Descendants<Comment>().ToList();
        Assert.Equal(partnerships.Worksheet.Descendants<Row>().First().Elements<Cell>().Count(), comments.Count);
        Assert.Contains(comments, c => c.Reference == "A1" && c.InnerText.Contains("Required", StringComparison.Ordinal));
        Assert.NotNull(partnerships.VmlDrawingParts.SingleOrDefault());
    }

    [Fact]
    public void Write_ListItemHoldingTheSeparator_IsRefusedWithItsPath()
    {
        var strategy = Support.Samples.Load("exemplary").Strategy;
        var changed = new Strategy
        {
            Id = strategy.Id,
            Title = strategy.Title,
            Region = strategy.Region,
            PeriodStart = strategy.PeriodStart,
            PeriodEnd = strategy.PeriodEnd,
            Priorities = [new PriorityArea { Id = "a", Name = "A", Domains = ["food; drink"] }],
        };
        using var stream = new MemoryStream();

        var problems = StrategyWorkbook.Write(changed, stream);

        var problem = Assert.Single(problems);
        Assert.Equal("priorities[0].domains[0]", problem.Path);
        Assert.Equal(0, stream.Length);
    }

    private static WorksheetPart Part(WorkbookPart workbook, string name) =>
        (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!);

    private static void AssertValid(byte[] bytes)
    {
        using var package = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(package).ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors.Take(20).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }
}
