using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Cli;

public sealed class CheckCommandDiscoveryTests : IDisposable
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "samples", "strategies");
    private readonly string _directory = Directory.CreateTempSubdirectory("s3c-discovery-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Check_RepositoryRoot_FindsOnlyStrategyDocumentsAndNotesTheOthers()
    {
        var (code, output, error) = CliRunner.Run("check", Repository.Root, "--date", "2026-11-25", "--format", "json");

        Assert.True(code is 0 or 1, error);
        Assert.DoesNotContain("could not be loaded", error, StringComparison.Ordinal);
        Assert.Matches(@"Skipped \d+ files that are not strategy documents: .*global\.json", error);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var checkedFiles = json.RootElement.EnumerateArray().Select(r => Path.GetFileName(r.GetProperty("provenance").GetProperty("document").GetProperty("path").GetString()!)).ToList();
        Assert.Subset(Directory.GetFiles(Samples, "*.yaml").Select(Path.GetFileName).ToHashSet()!, checkedFiles.Where(f => f != "strategy-template.yaml").ToHashSet());
        Assert.Equal(Directory.GetFiles(Samples, "*.yaml").Length + 1, checkedFiles.Count);
    }

    [Fact]
    public void Check_DirectoryWithOtherYamlAndBuildOutput_LoadsOnlyTheStrategies()
    {
        File.Copy(Path.Combine(Samples, "kainuu.yaml"), Path.Combine(_directory, "kainuu.yaml"));
        File.WriteAllText(Path.Combine(_directory, "waivers.yaml"), "waivers:\n  - rule: C1-01\n    reason: r\n    expires: 2030-01-01\n");
        File.WriteAllText(Path.Combine(_directory, "settings.json"), "{\"id\": \"x\", \"title\": \"not a strategy\"}");
        File.WriteAllText(Path.Combine(_directory, "list.yaml"), "- a\n- b\n");
        foreach (var skipped in new[] { "bin", "obj", ".git", "node_modules" })
        {
            Directory.CreateDirectory(Path.Combine(_directory, skipped));
            File.WriteAllText(Path.Combine(_directory, skipped, "broken.yaml"), "id: [");
        }

        var (code, output, error) = CliRunner.Run("check", _directory, "--date", "2026-11-25");

        Assert.Equal(0, code);
        Assert.Contains("Kainuu", output, StringComparison.Ordinal);
        Assert.Contains("Skipped 3 files that are not strategy documents", error, StringComparison.Ordinal);
        Assert.DoesNotContain("broken", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BrokenYamlInADirectory_IsLoadedAndFailsLoudly()
    {
        File.Copy(Path.Combine(Samples, "kainuu.yaml"), Path.Combine(_directory, "kainuu.yaml"));
        File.WriteAllText(Path.Combine(_directory, "draft.yaml"), "id: [\n");

        var (code, _, error) = CliRunner.Run("check", _directory, "--date", "2026-11-25");

        Assert.Equal(2, code);
        Assert.Contains("draft.yaml could not be loaded", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NonStrategyNamedExplicitly_FailsLoudly()
    {
        var rules = Path.Combine(AppContext.BaseDirectory, "rules", "criterion-1.yaml");
        File.Copy(rules, Path.Combine(_directory, "criterion-1.yaml"));

        var (code, _, error) = CliRunner.Run("check", Path.Combine(_directory, "criterion-1.yaml"));

        Assert.Equal(2, code);
        Assert.Contains("could not be loaded", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kainuu.yaml")]
    [InlineData("*.old.yaml")]
    [InlineData("drafts")]
    public void Check_Exclude_LeavesOutMatchingFilesAndDirectories(string pattern)
    {
        File.Copy(Path.Combine(Samples, "puglia.yaml"), Path.Combine(_directory, "puglia.yaml"));
        Directory.CreateDirectory(Path.Combine(_directory, "drafts"));
        var excludedPath = pattern switch
        {
            "kainuu.yaml" => Path.Combine(_directory, "kainuu.yaml"),
            "*.old.yaml" => Path.Combine(_directory, "kainuu.old.yaml"),
            _ => Path.Combine(_directory, "drafts", "kainuu.yaml"),
        };
        File.Copy(Path.Combine(Samples, "kainuu.yaml"), excludedPath);

        var all = CliRunner.Run("check", _directory, "--date", "2026-11-25");
        var (code, output, _) = CliRunner.Run("check", _directory, "--date", "2026-11-25", "--exclude", "nothing-matches", "--exclude", pattern);

        Assert.Contains("Kainuu", all.Output, StringComparison.Ordinal);
        Assert.Equal(0, code);
        Assert.Contains("Puglia", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Kainuu", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ExcludeOfAFileNamedExplicitly_StillLoadsIt()
    {
        var (code, output, _) = CliRunner.Run("check", Path.Combine(Samples, "kainuu.yaml"), "--exclude", "kainuu.yaml", "--date", "2026-11-25");

        Assert.Equal(0, code);
        Assert.Contains("Kainuu", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_GlobOverMixedFiles_SkipsNonStrategies()
    {
        File.Copy(Path.Combine(Samples, "kainuu.yaml"), Path.Combine(_directory, "kainuu.yaml"));
        File.WriteAllText(Path.Combine(_directory, "other.yaml"), "name: value\n");

        var (code, output, error) = CliRunner.Run("check", Path.Combine(_directory, "*.yaml"), "--date", "2026-11-25");

        Assert.Equal(0, code);
        Assert.Contains("Kainuu", output, StringComparison.Ordinal);
        Assert.Contains("Skipped 1 file that is not a strategy document", error, StringComparison.Ordinal);
        Assert.Contains("other.yaml", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DirectoryWithANonStrategyWorkbook_SkipsItAndFailsWhenItIsNamed()
    {
        // A self-assessment workbook beside the strategy, as an officer keeps it: not a strategy workbook (no Strategy sheet).
        var kainuu = Path.Combine(_directory, "kainuu.yaml");
        File.Copy(Path.Combine(Samples, "kainuu.yaml"), kainuu);
        var workbook = Path.Combine(_directory, "self-assessment.xlsx");
        Assert.Equal(0, CliRunner.Run("check", kainuu, "--date", "2026-11-25", "--format", $"self-assessment-xlsx={workbook}").ExitCode);

        var (code, output, error) = CliRunner.Run("check", _directory, "--date", "2026-11-25");
        var named = CliRunner.Run("check", workbook, "--date", "2026-11-25");

        Assert.Equal(0, code);
        Assert.Contains("Kainuu", output, StringComparison.Ordinal);
        Assert.Contains("Skipped 1 file that is not a strategy document", error, StringComparison.Ordinal);
        Assert.Contains("self-assessment.xlsx", error, StringComparison.Ordinal);
        Assert.Equal(2, named.ExitCode);
    }
}
