using System.Text.Json;

namespace S3Criteria.Tests.Cli;

public sealed class CheckCommandTests
{
    // Centro fails a blocking rule (its analysis is older than the accepted age); Centru has only improvements, among
    // them advisory C7-01 findings for priority areas without cooperation.
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "strategies", "centro.yaml");
    private static readonly string AdvisorySample = Path.Combine(AppContext.BaseDirectory, "samples", "strategies", "centru.yaml");

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => Support.CliRunner.Run(args);

    [Fact]
    public void Check_SampleWithBlockingFindings_PrintsReportByCriterionAndExitsOne()
    {
        var (code, output, error) = Run("check", Sample, "--date", "2026-11-25");

        Assert.Equal(1, code);
        Assert.Empty(error);
        Assert.Contains("Enabling condition 1.1: NOT FULFILLED", output, StringComparison.Ordinal);
        Assert.Contains("EC1.1-C1  NOT FULFILLED", output, StringComparison.Ordinal);
        // Wrapped at 80 columns, as standard output is not a terminal.
        Assert.Contains("x C1-01 [blocking] strategy: The analysis of challenges for innovation\n      diffusion and digitalisation of the strategy for Centro was last updated\n      on 2022-05-31", output, StringComparison.Ordinal);
        Assert.Contains("Threshold of this rule set, not of the regulation: max-analysis-age-years\n        = 3.", output, StringComparison.Ordinal);
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
        var before = Run("check", AdvisorySample, "--date", "2026-11-25", "--format", "json").Output;
        var (code, output, _) = Run("check", AdvisorySample, "--date", "2026-11-25", "--set", "min-measures-per-priority=0", "--format", "json");

        Assert.Contains("\"ruleId\": \"C7-01\"", before, StringComparison.Ordinal);

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
            var (code, output, error) = Run("check", Sample, "--date", "2026-11-25", "--format", "json", "--output", file);

            // Status lines go to standard error, so that a report written to standard output stays clean.
            Assert.Equal(1, code);
            Assert.Empty(output);
            Assert.Contains("Wrote 1 report", error, StringComparison.Ordinal);
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            Assert.Equal("2.0", json.RootElement.GetProperty("schemaVersion").GetString());
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
            Assert.Contains($"{file}(6,23): error S3C0102: The kind strategy has no field 'titel'. Did you mean 'title'?", error, StringComparison.Ordinal);
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
        File.WriteAllText(file, "waivers:\n  - { rule: C1-01, reason: The updated analysis is adopted in January 2027., expires: 2027-03-31 }\n  - { rule: C9-99, reason: Typo., expires: 2027-03-31 }\n");
        try
        {
            var (code, output, _) = Run("check", Sample, "--date", "2026-11-25", "--waivers", file);

            Assert.Equal(0, code);
            Assert.Contains("~ C1-01 [blocking] strategy", output, StringComparison.Ordinal);
            Assert.Contains("Waived until 2027-03-31: The updated analysis is adopted in January 2027.", output, StringComparison.Ordinal);
            Assert.Contains("unused waiver: C9-99 matches no finding", output, StringComparison.Ordinal);
            Assert.Equal(1, Run("check", Sample, "--date", "2027-04-01", "--waivers", file).ExitCode);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Check_Markdown_GivesVerdictTableAndFindings()
    {
        var (code, output, _) = Run("check", Sample, "--date", "2026-11-25", "--format", "markdown");

        Assert.Equal(1, code);
        Assert.StartsWith("## RIS3 do Centro 2021-2027", output, StringComparison.Ordinal);
        Assert.Contains("| EC1.1-C7 Measures for enhancing cooperation", output, StringComparison.Ordinal);
        Assert.Contains("- **C1-01** `blocking` strategy: The analysis of challenges for innovation diffusion and digitalisation of the strategy for Centro", output, StringComparison.Ordinal);
        Assert.Contains("<details><summary>What to do</summary>", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SelfAssessmentCsv_HasOneQuotedRowPerCriterion()
    {
        var (_, output, _) = Run("check", Sample, "--date", "2026-11-25", "--format", "self-assessment-csv");

        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("\uFEFFEnabling condition;Fund;Specific objective;Fulfilment of the enabling condition;Criteria;Fulfilment of the criteria;Reference to relevant documents;Justification", lines[0]);
        Assert.Equal(9, lines.Length); // the header, the seven criteria and the precondition
        Assert.StartsWith("1.1. Good governance of national or regional smart specialisation strategy;ERDF;\"RSO1.1, RSO1.4\";No;Criterion 7:", lines[7], StringComparison.Ordinal);
        var c1 = lines.Single(l => l.Contains(";Criterion 1:", StringComparison.Ordinal));
        Assert.Contains(";No;", c1, StringComparison.Ordinal);
        Assert.Contains("was last updated on 2022-05-31, more than 3 years ago", c1, StringComparison.Ordinal);
        Assert.DoesNotContain("C1-01", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SelfAssessmentMarkdown_JustifiesFulfilledCriteriaFromTheDocument()
    {
        var (_, output, _) = Run("check", Sample, "--date", "2026-11-25", "--format", "self-assessment");

        var lines = output.Split('\n');
        var c1 = lines.Single(l => l.Contains("| Criterion 1:", StringComparison.Ordinal));
        Assert.Contains("| No | ", c1, StringComparison.Ordinal);
        Assert.Contains("The criterion is not met.", c1, StringComparison.Ordinal);
        var c2 = lines.Single(l => l.Contains("| Criterion 2:", StringComparison.Ordinal));
        Assert.Contains("| Yes | ", c2, StringComparison.Ordinal);
        Assert.Contains("The strategy names the institution or body responsible for its management.", c2, StringComparison.Ordinal);
        Assert.True(Array.FindIndex(lines, l => l.StartsWith("## Improvements", StringComparison.Ordinal)) > Array.FindLastIndex(lines, l => l.StartsWith('|')));
    }

    [Fact]
    public void Check_GlobOfSeveralDocuments_EvaluatesAllAndPrintsASummary()
    {
        var pattern = Path.Combine(AppContext.BaseDirectory, "samples", "strategies", "*.yaml");

        var (code, output, error) = Run("check", pattern, "--date", "2026-11-25");

        Assert.Equal(1, code);
        Assert.Empty(error);
        var summary = output[output.LastIndexOf("document ", StringComparison.Ordinal)..].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Directory.GetFiles(Path.GetDirectoryName(pattern)!, "*.yaml").Length + 1, summary.Length);
        Assert.Contains(summary, line => line.StartsWith("centro.yaml", StringComparison.Ordinal) && line.Contains("not fulfilled", StringComparison.Ordinal));
        Assert.Contains(summary, line => line.StartsWith("exemplary.yaml", StringComparison.Ordinal) && line.Contains(" fulfilled", StringComparison.Ordinal) && !line.Contains("not fulfilled", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_SeveralDocumentsAsJson_WritesAnArrayInArgumentOrder()
    {
        var (_, output, _) = Run("check", Sample, Sample.Replace("centro", "kainuu", StringComparison.Ordinal), "--date", "2026-11-25", "--format", "json");

        using var json = JsonDocument.Parse(output);
        Assert.Equal(["pt16-ris3-centro-2021-2027", json.RootElement[1].GetProperty("strategy").GetProperty("id").GetString()], json.RootElement.EnumerateArray().Select(r => r.GetProperty("strategy").GetProperty("id").GetString()));
        Assert.Equal(2, json.RootElement.GetArrayLength());
    }

    [Fact]
    public void Check_HtmlForSeveralDocuments_WritesOneFilePerDocument()
    {
        var directory = Directory.CreateTempSubdirectory("s3c-html-").FullName;
        try
        {
            var (code, _, error) = Run("check", Sample, Sample.Replace("centro", "kainuu", StringComparison.Ordinal), "--date", "2026-11-25", "--format", "html", "--output", directory, "--fail-on", "none");

            Assert.Equal(0, code);
            Assert.Contains("Wrote 2 reports", error, StringComparison.Ordinal);
            Assert.Equal(["centro.html", "kainuu.html"], Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(Path.Combine(directory, "kainuu.html")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Check_HtmlForSeveralDocumentsWithoutOutput_ExitsTwo()
    {
        var (code, _, error) = Run("check", Sample, Sample.Replace("centro", "kainuu", StringComparison.Ordinal), "--format", "html");

        Assert.Equal(2, code);
        Assert.Contains("needs --output <directory>", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PatternMatchingNothing_ExitsTwo()
    {
        var (code, _, error) = Run("check", Path.Combine(AppContext.BaseDirectory, "samples", "*.nothing"));

        Assert.Equal(2, code);
        Assert.Contains("matches no file", error, StringComparison.Ordinal);
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
