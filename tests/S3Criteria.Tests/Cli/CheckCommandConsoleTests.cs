using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Cli;

public sealed class CheckCommandConsoleTests
{
    // Centro fails a blocking rule and has advisory findings; its findings carry references.
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "strategies", "centro.yaml");

    [Fact]
    public void Check_Quiet_PrintsOpenFindingsAndSummaryButNoPassedRules()
    {
        var full = CliRunner.Run("check", Sample, "--date", "2026-11-25").Output;
        var (code, output, error) = CliRunner.Run("check", Sample, "--date", "2026-11-25", "--quiet");

        Assert.Equal(1, code);
        Assert.Empty(error);
        Assert.Contains("  ok C", full, StringComparison.Ordinal);
        Assert.DoesNotContain("  ok C", output, StringComparison.Ordinal);
        Assert.DoesNotContain("  n/a C", output, StringComparison.Ordinal);
        Assert.Contains("Enabling condition 1.1: NOT FULFILLED", output, StringComparison.Ordinal);
        Assert.Contains("x C1-01 [blocking]", output, StringComparison.Ordinal);
        Assert.Matches(@"\d+ findings?; \d+ of \d+ rules? passed\.", output);
        Assert.True(output.Length < full.Length, $"{output.Length} of {full.Length}");
    }

    [Fact]
    public void Check_QuietWithOutputFile_WritesNoStatusLine()
    {
        var file = Path.Combine(Path.GetTempPath(), $"s3c-{Guid.NewGuid():N}.json");
        try
        {
            var (code, output, error) = CliRunner.Run("check", Sample, "--date", "2026-11-25", "--format", "json", "-o", file, "-q");

            Assert.Equal(1, code);
            Assert.Empty(output);
            Assert.Empty(error);
            Assert.True(File.Exists(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Check_Redirected_WrapsAt80ColumnsOnWordBoundaries()
    {
        var (_, output, _) = CliRunner.Run("check", Sample, "--date", "2026-11-25");
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        Assert.All(lines, line => Assert.True(line.Length <= 80 || !line.TrimStart().Contains(' ', StringComparison.Ordinal), line));
        Assert.Contains("  x C1-01 [blocking] strategy: The analysis of challenges for innovation", lines);
        Assert.Contains("      diffusion and digitalisation of the strategy for Centro was last updated", lines);
    }

    [Fact]
    public void Check_References_OnlyCountedUnlessVerbose()
    {
        var quiet = CliRunner.Run("check", Sample, "--date", "2026-11-25").Output;
        var verbose = CliRunner.Run("check", Sample, "--date", "2026-11-25", "--verbose").Output;

        Assert.DoesNotContain("https://", quiet, StringComparison.Ordinal);
        Assert.Matches(@"See: \d+ references?, listed in verbose output\.", quiet);
        Assert.Contains("https://", verbose, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoColorOption_IsAccepted()
    {
        var (code, output, _) = CliRunner.Run("check", Sample, "--date", "2026-11-25", "--no-color");

        Assert.Equal(1, code);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
    }
}
