using System.Text.Json;

namespace S3Criteria.Tests.Cli;

public sealed class ForecastCommandTests
{
    // Exemplary is fulfilled on 2026-11-25 and lapses on 2028-04-23, when its last record of the entrepreneurial
    // discovery process (2026-04-22) passes the accepted 24 months; its analysis (2025-09-30) passes 3 years on 2028-10-01.
    private static readonly string Exemplary = Path.Combine(AppContext.BaseDirectory, "samples", "strategies", "exemplary.yaml");

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => Support.CliRunner.Run(args);

    [Fact]
    public void Forecast_ConditionLapsesBeforeUntil_PrintsTimelineAndRenewalsAndExitsOne()
    {
        var (code, output, error) = Run("forecast", Exemplary, "--from", "2026-11-25");

        Assert.Equal(1, code);
        Assert.Empty(error);
        Assert.Contains("Enabling condition 1.1: fulfilled until 2028-04-22, then not fulfilled from 2028-04-23", output, StringComparison.Ordinal);
        Assert.Contains("EC1.1-C1  fulfilled until 2028-09-30, then not fulfilled from 2028-10-01", output, StringComparison.Ordinal);
        Assert.Contains("2028-10-01  EC1.1-C1 fulfilled \u2192 not fulfilled", output, StringComparison.Ordinal);
        Assert.Contains("because the analysis was last updated on 2025-09-30, +3 years (max-analysis-age-years = 3, a threshold of this rule set)", output, StringComparison.Ordinal);
        Assert.Contains("To renew before the condition lapses, by date:", output, StringComparison.Ordinal);
        Assert.True(output.IndexOf("by 2028-04-22  EC1.1-C4 C4-05", StringComparison.Ordinal) < output.IndexOf("by 2028-09-30  EC1.1-C1 C1-01", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2028-04-22", 0)]
    [InlineData("2028-04-23", 1)]
    public void Forecast_Until_ExitsOneOnlyWhenTheConditionLapsesByThen(string until, int expected)
    {
        var (code, output, _) = Run("forecast", Exemplary, "--from", "2026-11-25", "--until", until);

        Assert.Equal(expected, code);
        Assert.Contains(expected == 0 ? "Enabling condition 1.1: fulfilled throughout" : "then not fulfilled from 2028-04-23", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_FromAfterUntil_IsAUsageErrorExitingTwo()
    {
        var (code, output, error) = Run("forecast", Exemplary, "--from", "2028-01-02", "--until", "2028-01-01");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("--from 2028-01-02 is after --until 2028-01-01", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from", "2026-13-01")]
    [InlineData("--until", "soon")]
    public void Forecast_DateNotIso_IsAUsageErrorExitingTwo(string option, string value)
    {
        var (code, _, error) = Run("forecast", Exemplary, option, value);

        Assert.Equal(2, code);
        Assert.Contains($"{option} '{value}' is not a date written YYYY-MM-DD", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_MissingDocument_ExitsTwo()
    {
        var (code, _, error) = Run("forecast", "nowhere.yaml", "--from", "2026-11-25");

        Assert.Equal(2, code);
        Assert.Contains("'nowhere.yaml' does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_UnknownFormat_ExitsTwo() =>
        Assert.Equal(2, Run("forecast", Exemplary, "--format", "pdf").ExitCode);

    [Fact]
    public void Forecast_Json_WritesTheDocumentedShape()
    {
        var (code, output, _) = Run("forecast", Exemplary, "--from", "2026-11-25", "--format", "json");

        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("1.0", root.GetProperty("schemaVersion").GetString());
        Assert.Equal("2028-04-23", root.GetProperty("firstLapse").GetString());
        Assert.Equal("2029-12-31", root.GetProperty("until").GetString());
        Assert.False(root.GetProperty("fulfilledThroughout").GetBoolean());
        Assert.Equal(2, root.GetProperty("condition").GetArrayLength());
    }

    [Fact]
    public void Forecast_Markdown_HasTheTimelineTable()
    {
        var (code, output, _) = Run("forecast", Exemplary, "--from", "2026-11-25", "--format", "markdown");

        Assert.Equal(1, code);
        Assert.StartsWith("## Forecast: Smart specialisation strategy of Aurelia", output, StringComparison.Ordinal);
        Assert.Contains("| EC1.1-C4 ", output, StringComparison.Ordinal);
        Assert.Contains("EC1.1-C4", output, StringComparison.Ordinal);
        Assert.Contains("2028-04-23", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_Html_IsOneSelfContainedPageWithBands()
    {
        var (code, output, _) = Run("forecast", Exemplary, "--from", "2026-11-25", "--format", "html");

        Assert.Equal(1, code);
        Assert.StartsWith("<!DOCTYPE html>", output, StringComparison.Ordinal);
        Assert.Contains("class=\"fc-band\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("https:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_HtmlForSeveralDocumentsWithoutOutput_ExitsTwo()
    {
        var (code, _, error) = Run("forecast", Exemplary, Exemplary.Replace("exemplary", "centro", StringComparison.Ordinal), "--from", "2026-11-25", "--format", "html");

        Assert.Equal(2, code);
        Assert.Contains("needs --output <directory>", error, StringComparison.Ordinal);
    }
}
