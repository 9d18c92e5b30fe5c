using S3Criteria.Documents;

namespace S3Criteria.Tests.Cli;

/// <summary>The commands besides <c>check</c>: rules, explain, test, diff, init.</summary>
public sealed class CommandsTests : IDisposable
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "samples", "strategies");
    private readonly string _directory = Directory.CreateTempSubdirectory("s3c-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => Support.CliRunner.Run(args);

    [Fact]
    public void RulesList_Text_ListsEveryBuiltInRule()
    {
        var (code, output, _) = Run("rules", "list");

        Assert.Equal(0, code);
        Assert.Contains("C7-01   EC1.1-C7  advisory Every priority area has a cooperation measure", output, StringComparison.Ordinal);
        Assert.Contains("EC1.1-01 EC1.1-P   blocking The strategy is adopted", output, StringComparison.Ordinal);
        Assert.Contains(" rules.\nLanguages (--language):\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesValidate_BadFile_ExitsTwoWithLocation()
    {
        var file = Path.Combine(_directory, "r.yaml");
        File.WriteAllText(file, "criterion: { id: C, title: T }\nrules:\n  - id: R\n    title: T\n    severity: urgent\n    require: true\n    message: m\n");

        var (code, _, error) = Run("rules", "validate", _directory);

        Assert.Equal(2, code);
        Assert.Contains($"{file}(5,15): error S3Y0007: Unknown severity 'urgent'.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesValidate_BuiltInDirectory_Succeeds()
    {
        var (code, output, _) = Run("rules", "validate", Path.Combine(AppContext.BaseDirectory, "rules"));

        Assert.Equal(0, code);
        Assert.Matches(@"The rules are valid: [0-9]+ rules in 8 criteria\.", output);
    }

    [Fact]
    public void Explain_KnownRule_ShowsParametersReferencesAndSource()
    {
        var (code, output, _) = Run("explain", "C7-01", "--set", "min-measures-per-priority=2");

        Assert.Equal(0, code);
        Assert.StartsWith("C7-01: Every priority area has a cooperation measure", output, StringComparison.Ordinal);
        Assert.Contains("parameter:      min-measures-per-priority = 2 (default 1)", output, StringComparison.Ordinal);
        Assert.Contains("reference:      Regulation (EU) 2021/1060, Annex IV", output, StringComparison.Ordinal);
        Assert.Contains("defined at:     builtin:criterion-7.yaml(", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_UnknownRule_ExitsTwo()
    {
        var (code, _, error) = Run("explain", "C7-99");

        Assert.Equal(2, code);
        Assert.Contains("no rule 'C7-99'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_BuiltInRuleTests_PassWithCoverage()
    {
        var (code, output, _) = Run("test", Path.Combine(AppContext.BaseDirectory, "rules", "tests"), "--require-coverage");

        Assert.Equal(0, code);
        Assert.DoesNotContain("FAIL ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Rules without", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_FailingCase_ExitsOneAndShowsTheDifference()
    {
        var file = Path.Combine(_directory, "x.tests.yaml");
        File.WriteAllText(file, $"date: 2026-11-25\nbase: {Path.GetRelativePath(_directory, Path.Combine(Samples, "centru.yaml"))}\ncases:\n  - name: wrong\n    expect: {{ C7-01: [health] }}\n");

        var (code, output, _) = Run("test", file);

        Assert.Equal(1, code);
        Assert.Contains($"FAIL {file}(4,5): wrong", output, StringComparison.Ordinal);
        Assert.Contains("C7-01: expected findings for [health], but it failed for [", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_WeakDraftToExemplary_ReportsImprovementsAndExitsZero()
    {
        var (code, output, _) = Run("diff", Path.Combine(Samples, "weak-draft.yaml"), Path.Combine(Samples, "exemplary.yaml"), "--date", "2026-11-25");

        Assert.Equal(0, code);
        Assert.Contains("improved: EC1.1-C7 not fulfilled -> fulfilled", output, StringComparison.Ordinal);
        Assert.Contains(" assessability changed, 0 still open.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_ExemplaryToWeakDraft_ReportsRegressionsAndExitsOne()
    {
        var (code, output, _) = Run("diff", Path.Combine(Samples, "exemplary.yaml"), Path.Combine(Samples, "weak-draft.yaml"), "--date", "2026-11-25");

        Assert.Equal(1, code);
        Assert.Contains("regressed: EC1.1-C7 fulfilled -> not fulfilled", output, StringComparison.Ordinal);
        Assert.Contains("  C7-20 [blocking] passed -> failed", output, StringComparison.Ordinal);
        Assert.Contains("    new: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_AddingStakeholders_ListsEachRuleOnceAsAssessabilityChangedAndExitsZero()
    {
        // The weak draft without its stakeholders: C4-01, C4-02, C4-04 and C7-10 cannot assess; with them, they fail.
        var sample = File.ReadAllText(Path.Combine(Samples, "weak-draft.yaml"));
        var start = sample.IndexOf("\nstakeholders:\n", StringComparison.Ordinal);
        var end = sample.IndexOf("\n\n", start + 1, StringComparison.Ordinal);
        var before = Path.Combine(_directory, "before.yaml");
        File.WriteAllText(before, sample[..start] + sample[end..]);

        var (code, output, _) = Run("diff", before, Path.Combine(Samples, "weak-draft.yaml"), "--date", "2026-11-25");

        Assert.Equal(0, code);
        Assert.Contains("  C4-01 [advisory] cannot-assess -> failed", output, StringComparison.Ordinal);
        Assert.Contains("    assessability changed (cannot assess -> failed): strategy: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("fixed:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("regressed", output, StringComparison.Ordinal);
        var ruleLines = output.Split('\n').Where(l => l.StartsWith("  C", StringComparison.Ordinal)).Select(l => l.Split(' ')[2]).ToList();
        Assert.Equal(ruleLines.Distinct(StringComparer.Ordinal).Count(), ruleLines.Count);
        Assert.Contains("0 fixed, 1 new, 7 assessability changed, ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_WritesATemplateThatLoads_AndRefusesToOverwrite()
    {
        var file = Path.Combine(_directory, "strategy.yaml");

        Assert.Equal(0, Run("init", file).ExitCode);
        Assert.True(StrategyDocument.TryLoad(file).Success);
        Assert.Equal(2, Run("init", file).ExitCode);
        Assert.Equal(0, Run("init", file, "--force").ExitCode);
    }

    [Fact]
    public void Schema_WritesEveryPublishedSchemaAsCheckedIn()
    {
        var (code, _, error) = Run("schema", "--output", _directory);

        Assert.Equal(0, code);
        var published = Directory.GetFiles(Support.Repository.File("schemas"), "*.schema.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["config.schema.json", "forecast.schema.json", "report.schema.json", "rule-tests.schema.json", "rules.schema.json", "strategy.schema.json", "waivers.schema.json"], published);
        Assert.Equal(published, Directory.GetFiles(_directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(published, name => Assert.Equal(File.ReadAllText(Support.Repository.File("schemas", name!)), File.ReadAllText(Path.Combine(_directory, name!))));
        Assert.Contains("waivers.schema.json", error, StringComparison.Ordinal); // a status line, on standard error
    }

    [Fact]
    public void Check_Sarif_GivesOneRunWithRulesAndLocatedResults()
    {
        var (code, output, _) = Run("check", Path.Combine(Samples, "centru.yaml"), "--date", "2026-11-25", "--format", "sarif", "--fail-on", "advisory");

        Assert.Equal(1, code);
        using var sarif = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = Assert.Single(sarif.RootElement.GetProperty("runs").EnumerateArray());
        Assert.True(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength() >= 40);
        var tourism = run.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "C7-01" && r.GetProperty("kind").GetString() == "fail");
        Assert.Equal("warning", tourism.GetProperty("level").GetString());
        Assert.True(tourism.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32() > 1);
    }

    [Fact]
    public void Help_DocumentsExitCodes()
    {
        var (code, output, _) = Run("--help");

        Assert.Equal(0, code);
        Assert.Contains("Exit codes (the same for every command):", output, StringComparison.Ordinal);
        Assert.Contains("  0  success", output, StringComparison.Ordinal);
    }
}
