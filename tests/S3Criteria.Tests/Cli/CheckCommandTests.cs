using System.Text.Json;
using S3Criteria.Cli;

namespace S3Criteria.Tests.Cli;

public sealed class CheckCommandTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "strategies", "extremadura.yaml");

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApplication.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Check_SampleWithBlockingFindings_PrintsReportByCriterionAndExitsOne()
    {
        var (code, output, error) = Run("check", Sample, "--date", "2026-11-25");

        Assert.Equal(1, code);
        Assert.Empty(error);
        Assert.Contains("Enabling condition 1.1: NOT FULFILLED", output, StringComparison.Ordinal);
        Assert.Contains("EC1.1-C7  NOT FULFILLED", output, StringComparison.Ordinal);
        Assert.Contains("x C7-01 [blocking] priority tourism: Priority area \"Tourism\" has 0 active partnership(s)", output, StringComparison.Ordinal);
        Assert.Contains("ok C7-02", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("none", 0)]
    [InlineData("blocking", 1)]
    [InlineData("advisory", 1)]
    public void Check_FailOn_SetsExitCode(string failOn, int expected) =>
        Assert.Equal(expected, Run("check", Sample, "--date", "2026-11-25", "--fail-on", failOn).ExitCode);

    [Fact]
    public void Check_ParameterOverride_ChangesTheOutcome()
    {
        var (code, output, _) = Run("check", Sample, "--date", "2026-11-25", "--set", "min-active-partnerships-per-priority=0", "--format", "json");

        using var json = JsonDocument.Parse(output);
        Assert.DoesNotContain(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "C7-01");
        Assert.Equal("0", json.RootElement.GetProperty("provenance").GetProperty("parameterOverrides")[0].GetProperty("value").GetString());
        Assert.Equal(0, code);
    }

    [Fact]
    public void Check_JsonToFile_WritesTheDocumentedShape()
    {
        var file = Path.Combine(Path.GetTempPath(), $"s3c-{Guid.NewGuid():N}.json");
        try
        {
            var (code, output, _) = Run("check", Sample, "--date", "2026-11-25", "--format", "json", "--output", file);

            Assert.Equal(1, code);
            Assert.Contains("Wrote 1 report(s)", output, StringComparison.Ordinal);
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            Assert.Equal("1.0", json.RootElement.GetProperty("schemaVersion").GetString());
            Assert.Equal("not-fulfilled", json.RootElement.GetProperty("verdict").GetString());
            Assert.Equal("2026-11-25", json.RootElement.GetProperty("provenance").GetProperty("evaluationDate").GetString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Check_MissingDocument_ExitsTwoWithMessage()
    {
        var (code, _, error) = Run("check", "nowhere.yaml");

        Assert.Equal(2, code);
        Assert.Contains("'nowhere.yaml' does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MalformedDocument_ExitsTwoWithLocatedErrors()
    {
        var file = Path.Combine(Path.GetTempPath(), $"s3c-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "id: s\ntitle: T\nregion: { code: ITF4, name: Puglia, category: poor }\nperiod-start: 2021\nperiod-end: 2027\nfoo: 1\n");
        try
        {
            var (code, _, error) = Run("check", file);

            Assert.Equal(2, code);
            Assert.Contains($"{file}(3,47): error S3Y0007: region.category: 'poor' is not a cohesion category", error, StringComparison.Ordinal);
            Assert.Contains($"{file}(6,1): error S3Y0004: foo: Unknown key 'foo'", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Check_BadRuleFile_ExitsTwoWithLocatedErrors()
    {
        var file = Path.Combine(Path.GetTempPath(), $"s3c-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "criterion: { id: C, title: T }\nrules:\n  - id: R\n    title: T\n    severity: blocking\n    require: strategy.titel == 'x'\n    message: m\n");
        try
        {
            var (code, _, error) = Run("check", Sample, "--rules", file);

            Assert.Equal(2, code);
            Assert.Contains($"{file}(6,23): error S3C0102: A strategy has no field 'titel'. Did you mean 'title'?", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Check_WaiversCoveringBlockingFindings_ExitZeroAndListThem()
    {
        var file = Path.Combine(Path.GetTempPath(), $"s3c-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "waivers:\n  - { rule: C7-01, reason: Partnerships for tourism and health are under negotiation., expires: 2027-03-31 }\n  - { rule: C9-99, reason: Typo., expires: 2027-03-31 }\n");
        try
        {
            var (code, output, _) = Run("check", Sample, "--date", "2026-11-25", "--waivers", file);

            Assert.Equal(0, code);
            Assert.Contains("~ C7-01 [blocking] priority tourism", output, StringComparison.Ordinal);
            Assert.Contains("Waived until 2027-03-31: Partnerships for tourism and health are under negotiation.", output, StringComparison.Ordinal);
            Assert.Contains("unused waiver: C9-99 matches no finding", output, StringComparison.Ordinal);
            Assert.Equal(1, Run("check", Sample, "--date", "2027-04-01", "--waivers", file).ExitCode);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("--set", "nonsense")]
    [InlineData("--set", "no-such-parameter=1")]
    [InlineData("--format", "xml")]
    [InlineData("--date", "tomorrow")]
    [InlineData("--bogus", "1")]
    public void Check_BadOption_ExitsTwo(string option, string value)
    {
        var (code, _, error) = Run("check", Sample, option, value);

        Assert.Equal(2, code);
        Assert.NotEmpty(error);
    }
}
