using System.Text.RegularExpressions;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Docs;

public sealed partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Repository.File("README.md")).ReplaceLineEndings("\n");

    [Fact]
    public void QuickStart_IsTheQuickstartSampleVerbatim()
    {
        var block = QuickStart().Match(Readme);
        Assert.True(block.Success, "README.md has no quickstart block between its markers.");
        var sample = File.ReadAllText(Repository.File("samples", "S3Criteria.Samples.Quickstart", "Program.cs")).ReplaceLineEndings("\n");

        Assert.Equal(sample.TrimEnd(), block.Groups["code"].Value.TrimEnd());
    }

    [Fact]
    public void QuickStart_FromAddPackageToReport_IsAtMostTenLines()
    {
        var code = QuickStart().Match(Readme).Groups["code"].Value.TrimEnd().Split('\n').Count(line => line.Length > 0);

        Assert.InRange(code + 1, 1, 10); // + the `dotnet add package` line
    }

    [Fact]
    public void Readme_ShowsTheTwoCommands()
    {
        Assert.Contains("dotnet run --project src/S3Criteria.Cli -- check samples/strategies/extremadura.yaml", Readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test S3Criteria.sln", Readme, StringComparison.Ordinal);
    }

    [GeneratedRegex("<!-- quickstart:start[^\\n]*-->\\n```csharp\\n(?<code>.*?)```\\n<!-- quickstart:end -->", RegexOptions.Singleline)]
    private static partial Regex QuickStart();
}
