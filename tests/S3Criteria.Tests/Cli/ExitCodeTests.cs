using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Cli;

/// <summary>One exit-code table for every command (issue 13): 0 success, 1 findings, 2 bad input or usage, 3 internal error.</summary>
public sealed class ExitCodeTests : IDisposable
{
    private const string ErroringRule = """
        criterion: { id: C, title: Test criterion }
        rules:
          - id: SHARE
            title: Half the stakeholders are businesses
            severity: blocking
            require: share(s in stakeholders where s.helix == business) >= 0.5
            message: too few firms
        """;

    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "strategies", "centro.yaml");

    private readonly string _directory = Directory.CreateTempSubdirectory("s3c-exit-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public static TheoryData<string[]> Commands() => new(
        ["--help"], ["check", "--help"], ["test", "--help"], ["rules", "--help"], ["rules", "list", "--help"],
        ["rules", "validate", "--help"], ["explain", "--help"], ["diff", "--help"], ["forecast", "--help"], ["init", "--help"], ["convert", "--help"], ["schema", "--help"]);

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_EveryCommand_ShowsTheExitCodeTable(string[] args)
    {
        var (code, output, _) = CliRunner.Run(args);

        Assert.Equal(0, code);
        Assert.Contains("Exit codes (the same for every command):", output, StringComparison.Ordinal);
        foreach (var line in new[] { "0  success", "1  findings", "2  bad input or usage", "3  internal error" })
        {
            Assert.Contains(line, output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("blocking", 1)]
    [InlineData("advisory", 1)]
    [InlineData("none", 0)]
    public void Check_BlockingRuleThatErrors_ExitsOne(string failOn, int expected)
    {
        var rules = Path.Combine(_directory, "rules.yaml");
        File.WriteAllText(rules, ErroringRule);
        var strategy = Path.Combine(_directory, "s.yaml");
        File.WriteAllText(strategy, RuleHarness.BaseStrategy + "stakeholders: []\n");

        var (code, output, _) = CliRunner.Run("check", strategy, "--rules", rules, "--fail-on", failOn);

        Assert.Equal(expected, code);
        Assert.Contains("C  CANNOT ASSESS", output, StringComparison.Ordinal);
        Assert.Contains("rule error SHARE", output, StringComparison.Ordinal);
        Assert.Contains("0 findings", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Crash_ExitsThreeWithAShortMessageAndNoStackTrace()
    {
        using var output = new ThrowingWriter();
        using var error = new StringWriter();

        var code = S3Criteria.Cli.CliApplication.Run(["check", Sample, "--date", "2026-11-25"], output, error);

        Assert.Equal(3, code);
        Assert.Equal(
            "internal error: InvalidOperationException: The output broke in an unexpected way.\n"
            + "This is a defect of s3criteria, not of your input. Please report it with the command line that caused it.\n",
            error.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_DiagnosticQuotingControlCharacters_ReachesTheTerminalWithoutThem()
    {
        var strategy = Path.Combine(_directory, "s.yaml");
        File.WriteAllText(strategy, RuleHarness.BaseStrategy.Replace("category: less-developed", "category: \"\\e]0;pwned\\a\\e[2Jpoor\"", StringComparison.Ordinal));

        var (code, _, error) = CliRunner.Run("check", strategy);

        Assert.Equal(2, code);
        Assert.Contains("]0;pwned[2Jpoor", error, StringComparison.Ordinal);
        Assert.DoesNotContain(error, c => char.IsControl(c) && c is not ('\n' or '\r'));
    }

    /// <summary>A writer that fails as nothing in s3criteria expects: an unexpected exception, not an I/O error.</summary>
    private sealed class ThrowingWriter : StringWriter
    {
        public override void Write(char value) => throw new InvalidOperationException("The output broke in an unexpected way.");

        public override void Write(string? value) => throw new InvalidOperationException("The output broke in an unexpected way.");

        public override void WriteLine(string? value) => throw new InvalidOperationException("The output broke in an unexpected way.");
    }
}
