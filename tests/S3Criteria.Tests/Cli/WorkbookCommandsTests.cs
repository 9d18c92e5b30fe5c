using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using S3Criteria.Documents;
using S3Criteria.Office;

namespace S3Criteria.Tests.Cli;

/// <summary>The strategy workbook on the command line: <c>init --format xlsx</c>, <c>check file.xlsx</c>, <c>convert</c>.</summary>
public sealed class WorkbookCommandsTests : IDisposable
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "samples", "strategies");
    private readonly string _directory = Directory.CreateTempSubdirectory("s3c-xlsx-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => Support.CliRunner.Run(args);

    [Fact]
    public void InitXlsx_WritesATemplateThatChecksAsNothingStatedYet()
    {
        var file = Path.Combine(_directory, "strategy.xlsx");

        var (code, _, error) = Run("init", "--format", "xlsx", file);
        var (checkCode, checkOutput, checkError) = Run("check", file, "--date", "2026-11-25");

        Assert.Equal(0, code);
        Assert.Contains($"s3criteria check {file}", error, StringComparison.Ordinal);
        Assert.True(StrategyWorkbook.TryLoad(file).Success);
        Assert.NotEqual(2, checkCode);
        Assert.DoesNotContain("could not be loaded", checkError, StringComparison.Ordinal);
        Assert.Contains("cannot assess", checkOutput, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, Run("init", "--format", "xlsx", file).ExitCode);
    }

    [Fact]
    public void CheckTemplate_Italian_SaysAMissingValueIsNotGivenInItalian()
    {
        var file = Path.Combine(_directory, "strategia.xlsx");
        Run("init", file);

        var (_, italian, _) = Run("check", file, "--date", "2026-11-25", "--language", "it");
        var (_, english, _) = Run("check", file, "--date", "2026-11-25");

        Assert.Contains("(non indicato)", italian, StringComparison.Ordinal);
        Assert.DoesNotContain("(not given)", italian, StringComparison.Ordinal);
        Assert.Contains("(not given)", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_XlsxExtensionWithoutFormat_WritesAWorkbook()
    {
        var file = Path.Combine(_directory, "mine.xlsx");

        Assert.Equal(0, Run("init", file).ExitCode);

        Assert.True(StrategyWorkbook.TryLoad(file).Success);
    }

    [Fact]
    public void CheckXlsx_BadCell_ExitsTwoWithTheSheetAndCell()
    {
        var file = Path.Combine(_directory, "strategy.xlsx");
        Assert.Equal(0, Run("convert", Path.Combine(Samples, "exemplary.yaml"), file).ExitCode);
        var cell = SetCell(file, "Partnerships", "instrument", "interreg europe");

        var (code, _, error) = Run("check", file);

        Assert.Equal(2, code);
        Assert.Contains($"{file}[Partnerships!{cell}]", error, StringComparison.Ordinal);
        Assert.Contains("interreg europe", error, StringComparison.Ordinal);
        Assert.Contains("interreg-c", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckDirectory_WithAWorkbook_ChecksItAndSkipsLockFiles()
    {
        Assert.Equal(0, Run("init", Path.Combine(_directory, "a.xlsx")).ExitCode);
        File.WriteAllText(Path.Combine(_directory, "~$a.xlsx"), "lock");

        var (code, _, error) = Run("check", _directory, "--date", "2026-11-25", "--fail-on", "none");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("json")]
    public void Convert_SampleThroughAFormatAndBack_GivesTheSameModel(string format)
    {
        var source = Path.Combine(Samples, "exemplary.yaml");
        var middle = Path.Combine(_directory, $"strategy.{format}");
        var back = Path.Combine(_directory, "back.yaml");

        Assert.Equal(0, Run("convert", source, middle).ExitCode);
        var (code, _, error) = Run("convert", middle, back);

        Assert.Equal(0, code);
        Assert.Contains($"Wrote {back} (yaml)", error, StringComparison.Ordinal);
        var expected = StrategyDocumentWriter.Write(StrategyDocument.Load(source).Strategy, StrategyDocumentFormat.Json);
        Assert.Equal(expected, StrategyDocumentWriter.Write(StrategyDocument.Load(back).Strategy, StrategyDocumentFormat.Json));
    }

    [Fact]
    public void Convert_ExistingTargetOrUnknownExtension_ExitsTwo()
    {
        var source = Path.Combine(Samples, "exemplary.yaml");
        var target = Path.Combine(_directory, "out.json");
        File.WriteAllText(target, "{}");

        Assert.Equal(2, Run("convert", source, target).ExitCode);
        Assert.Equal(0, Run("convert", source, target, "--force").ExitCode);
        Assert.Contains("--to", Run("convert", source, Path.Combine(_directory, "out.txt")).Error, StringComparison.Ordinal);
        Assert.Equal(0, Run("convert", source, Path.Combine(_directory, "out.txt"), "--to", "yaml").ExitCode);
    }

    [Fact]
    public void Convert_InputThatDoesNotLoad_ExitsTwoWithItsErrors()
    {
        var source = Path.Combine(_directory, "bad.yaml");
        File.WriteAllText(source, "id: x\n");

        var (code, _, error) = Run("convert", source, Path.Combine(_directory, "out.xlsx"));

        Assert.Equal(2, code);
        Assert.Contains("could not be loaded", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_directory, "out.xlsx")));
    }

    /// <summary>Replaces the value of a sheet's column in its first data row by text; returns the cell's reference.</summary>
    private static string SetCell(string file, string sheetName, string column, string text)
    {
        using var package = SpreadsheetDocument.Open(file, true);
        var workbook = package.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var data = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!;
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        string ValueOf(Cell cell) => cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)] : cell.InnerText;
        var rows = data.Elements<Row>().ToList();
        var header = rows[0].Elements<Cell>().Single(c => ValueOf(c) == column);
        var letters = new string([.. header.CellReference!.Value!.TakeWhile(char.IsLetter)]);
        var target = rows[1].Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith(letters, StringComparison.Ordinal) && char.IsDigit(c.CellReference.Value[letters.Length]));
        target.RemoveAllChildren();
        target.DataType = CellValues.InlineString;
        target.AppendChild(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)));
        return target.CellReference!.Value!;
    }
}
