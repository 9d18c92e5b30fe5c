using System.Text.Json;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Cli;

/// <summary>Several outputs in one run, a baseline, SARIF passes on request, and SARIF that tells of a failed load (issue 18).</summary>
public sealed class CheckCommandOutputsTests : IDisposable
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "strategies", "centro.yaml");

    private readonly string _directory = Directory.CreateTempSubdirectory("s3c-outputs-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string In(string name) => Path.Combine(_directory, name);

    [Fact]
    public void Check_SeveralFormats_WritesEachToItsFileAndOneToStandardOutput()
    {
        var (code, output, error) = CliRunner.Run(
            "check", Sample, "--date", "2026-11-25", "--format", "console", "--format", $"json={In("r.json")}", "--format", $"sarif={In("r.sarif")}", "-f", $"junit={In("r.xml")}");

        Assert.Equal(1, code);
        Assert.Contains("Enabling condition 1.1: ", output, StringComparison.Ordinal); // the console report
        Assert.Equal(CliRunner.Run("check", Sample, "--date", "2026-11-25", "--format", "json").Output, File.ReadAllText(In("r.json")));
        Assert.Equal("2.1.0", JsonDocument.Parse(File.ReadAllText(In("r.sarif"))).RootElement.GetProperty("version").GetString());
        Assert.StartsWith("<?xml", File.ReadAllText(In("r.xml")), StringComparison.Ordinal);
        Assert.Contains($"Wrote 1 report to {In("r.sarif")}.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--format", "json", "--format", "sarif" }, "would all go to standard output")]
    [InlineData(new[] { "--format", "xml=r.xml" }, "'xml' is not a format")]
    [InlineData(new[] { "--format", "json=" }, "names no file")]
    [InlineData(new[] { "--format", "json=same", "--format", "sarif=same" }, "would both write 'same'")]
    public void Check_FormatsThatCannotAllBeWritten_ExitTwoBeforeLoading(string[] formats, string expected)
    {
        var (code, output, error) = CliRunner.Run(["check", Sample, .. formats]);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SarifOfADocumentThatFailsToLoad_SaysTheRunFailedWithALocatedNotification()
    {
        var bad = In("bad.yaml");
        File.WriteAllText(bad, "id: [unclosed\n");

        var (code, _, _) = CliRunner.Run("check", bad, "--format", $"sarif={In("bad.sarif")}", "--format", $"json={In("bad.json")}");

        Assert.Equal(2, code);
        Assert.False(File.Exists(In("bad.json"))); // a report format has nothing to say; SARIF records the failure
        var run = JsonDocument.Parse(File.ReadAllText(In("bad.sarif"))).RootElement.GetProperty("runs")[0];
        var invocation = run.GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notification = invocation.GetProperty("toolExecutionNotifications")[0];
        var location = notification.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.EndsWith("bad.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
        Assert.Empty(run.GetProperty("results").EnumerateArray());
    }

    [Fact]
    public void Check_SarifIncludePasses_AddsPassResultsOnlyWhenAsked()
    {
        CliRunner.Run("check", Sample, "--date", "2026-11-25", "--format", $"sarif={In("plain.sarif")}");
        CliRunner.Run("check", Sample, "--date", "2026-11-25", "--format", $"sarif={In("passes.sarif")}", "--sarif-include-passes");

        static int Passes(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("runs")[0].GetProperty("results")
            .EnumerateArray().Count(r => r.TryGetProperty("kind", out var kind) && kind.GetString() == "pass");
        Assert.Equal(0, Passes(In("plain.sarif")));
        Assert.True(Passes(In("passes.sarif")) > 0);
    }

    [Fact]
    public void Check_Baseline_FailsOnlyOnFindingsNewSinceIt()
    {
        var document = In("s.yaml");
        var text = File.ReadAllText(Sample);
        File.WriteAllText(document, text);
        Assert.Equal(1, CliRunner.Run("check", document, "--date", "2026-11-25", "--format", $"json={In("baseline.json")}").ExitCode);

        var same = CliRunner.Run("check", document, "--date", "2026-11-25", "--baseline", In("baseline.json"), "--format", $"junit={In("same.xml")}");
        // No evaluation planned any more: one new blocking finding (C3-06), every other one as before.
        File.WriteAllText(document, text.Replace("  evaluation-planned: true", "  evaluation-planned: false", StringComparison.Ordinal));
        var worse = CliRunner.Run("check", document, "--date", "2026-11-25", "--baseline", In("baseline.json"), "--format", $"junit={In("worse.xml")}");

        Assert.Equal(0, same.ExitCode);
        Assert.DoesNotContain("<failure", File.ReadAllText(In("same.xml")), StringComparison.Ordinal);
        Assert.Equal(1, worse.ExitCode);
        var failures = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(In("worse.xml")), "<testcase\\b[^>]*\\bname=\"([^\"]*)\"[^>]*>\\s*<failure").Select(m => m.Groups[1].Value).ToList();
        Assert.Single(failures);
        Assert.Contains("C3-06", failures[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BaselineInConsole_MarksExactlyTheAddedFindingNew()
    {
        var document = In("c.yaml");
        var text = File.ReadAllText(Sample);
        File.WriteAllText(document, text);
        Assert.Equal(1, CliRunner.Run("check", document, "--date", "2026-11-25", "--format", $"json={In("c-baseline.json")}").ExitCode);
        File.WriteAllText(document, text.Replace("  evaluation-planned: true", "  evaluation-planned: false", StringComparison.Ordinal));

        var (code, output, _) = CliRunner.Run("check", document, "--date", "2026-11-25", "--baseline", In("c-baseline.json"), "--no-color");

        Assert.Equal(1, code);
        var lines = output.Split('\n');
        var added = Assert.Single(lines, l => l.Contains("] [new] ", StringComparison.Ordinal));
        Assert.Contains("C3-06", added, StringComparison.Ordinal);
        var unchanged = lines.Count(l => l.Contains("] [in the baseline] ", StringComparison.Ordinal));
        Assert.True(unchanged > 0, output);
        Assert.Contains($"Against the baseline: 1 new open finding, {unchanged} unchanged", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoBaseline_MarksNoFinding()
    {
        var (_, output, _) = CliRunner.Run("check", Sample, "--date", "2026-11-25", "--no-color");

        Assert.DoesNotContain("[new]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Against the baseline", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BaselineThatIsNotAReport_ExitsTwoWithALocatedError()
    {
        File.WriteAllText(In("not.json"), "{ \"nope\": ");

        var (code, _, error) = CliRunner.Run("check", Sample, "--baseline", In("not.json"));

        Assert.Equal(2, code);
        Assert.Contains("not.json", error, StringComparison.Ordinal);
    }
}
