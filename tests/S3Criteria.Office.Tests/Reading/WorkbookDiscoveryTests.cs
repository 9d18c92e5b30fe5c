using S3Criteria.Office.Tests.Support;

namespace S3Criteria.Office.Tests.Reading;

/// <summary>
/// Which .xlsx files a directory check takes as strategy workbooks: those with the template's Strategy sheet; a workbook
/// that is not one (a self-assessment, a budget) is skipped, and a file that is not a workbook at all is loaded, to fail loudly.
/// </summary>
public sealed class WorkbookDiscoveryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("s3c-discovery-").FullName;

    [Fact]
    public void LooksLikeStrategy_WorkbookWithAStrategySheet_IsTrue()
    {
        var path = Write("strategy.xlsx", new TestWorkbook().Sheet("Strategy", TestWorkbook.MinimalStrategy).ToBytes());

        Assert.True(StrategyWorkbook.LooksLikeStrategy(path));
    }

    [Fact]
    public void LooksLikeStrategy_WorkbookWithoutAStrategySheet_IsFalse()
    {
        var path = Write("budget.xlsx", new TestWorkbook().Sheet("Budget", [["item", "amount"], ["travel", "1000"]]).ToBytes());

        Assert.False(StrategyWorkbook.LooksLikeStrategy(path));
    }

    [Fact]
    public void LooksLikeStrategy_NotAWorkbookPackage_IsTrueSoThatItFailsToLoad()
    {
        var path = Write("broken.xlsx", "not a zip file"u8.ToArray());

        Assert.True(StrategyWorkbook.LooksLikeStrategy(path));
        Assert.False(StrategyWorkbook.TryLoad(path).Success);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
