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
    public void DependencyInjection_IsTheSampleBetweenItsMarkersVerbatim()
    {
        var block = DependencyInjection().Match(Readme);
        Assert.True(block.Success, "README.md has no di block between its markers.");
        var sample = File.ReadAllText(Repository.File("samples", "S3Criteria.Samples.DependencyInjection", "Program.cs")).ReplaceLineEndings("\n");
        var region = SampleRegion().Match(sample);
        Assert.True(region.Success, "The dependency-injection sample has no readme:di markers.");

        Assert.Equal(region.Groups["code"].Value.TrimEnd(), block.Groups["code"].Value.TrimEnd());
    }

    [Theory]
    [InlineData("pack")]
    [InlineData("config")]
    [InlineData("app")]
    [InlineData("run")]
    public void ShellBlock_RunByTheConsumerTest_IsPresent(string name)
    {
        // tests/Consumer/run.sh runs these blocks as written; a renamed or removed marker would silently skip a step.
        Assert.Matches($"<!-- readme:sh:{name} -->\n```sh\n[^`]+```", Readme);
        Assert.Contains($"readme:sh:{name}", File.ReadAllText(Repository.File("tests", "Consumer", "run.sh")), StringComparison.Ordinal);
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

    [GeneratedRegex("<!-- di:start[^\\n]*-->\\n```csharp\\n(?<code>.*?)```\\n<!-- di:end -->", RegexOptions.Singleline)]
    private static partial Regex DependencyInjection();

    [GeneratedRegex("// readme:di:start[^\\n]*\\n(?<code>.*?)// readme:di:end", RegexOptions.Singleline)]
    private static partial Regex SampleRegion();

    [Fact]
    public void Languages_TableOfReadmeAndLanguagesDoc_ListEveryShippedLanguageWithItsStatus()
    {
        string[] documents = [File.ReadAllText(Repository.File("README.md")), File.ReadAllText(Repository.File("docs", "languages.md"))];

        Assert.All(documents, text => Assert.All(S3Criteria.Localization.Languages.Shipped, language =>
        {
            var row = text.Split('\n').SingleOrDefault(l => l.StartsWith($"| `{language.Code}` | {language.Name} |", StringComparison.Ordinal));
            Assert.True(row is not null, $"no table row for {language.Code}");
            Assert.Contains(language.Status == S3Criteria.Localization.TranslationStatus.Reviewed ? "| reviewed |" : "| machine", row, StringComparison.Ordinal);
        }));
        Assert.All(S3Criteria.Localization.Languages.Shipped.Where(l => l.Code != "en"), language => Assert.True(File.Exists(Repository.File("docs", "translations", language.Code + ".md")), language.Code));
    }
}
