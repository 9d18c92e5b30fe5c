using System.Text.Json;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Cli;

public sealed class DiffCommandTests : IDisposable
{
    private static readonly string Exemplary = Path.Combine(AppContext.BaseDirectory, "samples", "strategies", "exemplary.yaml");
    private static readonly string WeakDraft = Path.Combine(AppContext.BaseDirectory, "samples", "strategies", "weak-draft.yaml");
    private readonly string _directory = Directory.CreateTempSubdirectory("s3c-diff-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Diff_Json_GivesEachChangedRuleOnceWithBeforeAndAfter()
    {
        var (code, output, error) = CliRunner.Run("diff", Exemplary, WeakDraft, "--date", "2026-11-25", "--format", "json");

        Assert.Equal(1, code);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.True(root.GetProperty("hasRegression").GetBoolean());
        Assert.Equal("fulfilled", root.GetProperty("before").GetProperty("verdict").GetString());
        Assert.Equal("not-fulfilled", root.GetProperty("after").GetProperty("verdict").GetString());
        var c7 = root.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("criterionId").GetString() == "EC1.1-C7");
        Assert.Equal("regressed", c7.GetProperty("change").GetString());
        var rules = root.GetProperty("changedRules").EnumerateArray().ToList();
        Assert.Equal(rules.Count, rules.Select(r => r.GetProperty("ruleId").GetString()).Distinct(StringComparer.Ordinal).Count());
        var c720 = rules.Single(r => r.GetProperty("ruleId").GetString() == "C7-20");
        Assert.Equal(("passed", "failed"), (c720.GetProperty("before").GetString(), c720.GetProperty("after").GetString()));
        Assert.Contains(c720.GetProperty("findings").EnumerateArray(), f => f.GetProperty("change").GetString() == "new");
    }

    [Fact]
    public void Diff_Markdown_GivesTablesOfCriteriaAndFindings()
    {
        var (code, output, _) = CliRunner.Run("diff", Exemplary, WeakDraft, "--date", "2026-11-25", "--format", "markdown");

        Assert.Equal(1, code);
        Assert.StartsWith("## ", output, StringComparison.Ordinal);
        Assert.Contains("| criterion | change | before | after |", output, StringComparison.Ordinal);
        Assert.Contains("| regressed | fulfilled | not fulfilled |", output, StringComparison.Ordinal);
        Assert.Contains("| C7-20 | blocking | new |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_Waivers_ApplyToBothDrafts()
    {
        var waivers = Path.Combine(_directory, "waivers.yaml");
        File.WriteAllText(waivers, "waivers:\n  - rule: C7-20\n    reason: Agreed with the managing authority.\n    expires: 2030-01-01\n");

        var (_, output, error) = CliRunner.Run("diff", Exemplary, WeakDraft, "--date", "2026-11-25", "--format", "json", "--waivers", waivers);

        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        var c720 = json.RootElement.GetProperty("changedRules").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "C7-20");
        Assert.Equal("waived", c720.GetProperty("after").GetString());
    }

    [Fact]
    public void Diff_BadWaiverFile_ExitsTwoWithLocatedErrors()
    {
        var waivers = Path.Combine(_directory, "waivers.yaml");
        File.WriteAllText(waivers, "waivers:\n  - rule: C7-20\n");

        var (code, output, error) = CliRunner.Run("diff", Exemplary, WeakDraft, "--waivers", waivers);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains($"{waivers}(2,5): error", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_LanguageAndUnknownFormat_ArePassedOnOrRefused()
    {
        Assert.Equal(1, CliRunner.Run("diff", Exemplary, WeakDraft, "--date", "2026-11-25", "--language", "en").ExitCode);
        Assert.Equal(2, CliRunner.Run("diff", Exemplary, WeakDraft, "--format", "sarif").ExitCode);
    }
}
