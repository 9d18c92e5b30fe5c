using System.Text;
using System.Text.Json;
using S3Criteria.Cli;

namespace S3Criteria.Tests.Cli;

public sealed class CheckCommandStdinTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "strategies", "kainuu.yaml");

    private static (int ExitCode, string Output, string Error) Run(byte[] input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApplication.Run(args, output, error, () => new MemoryStream(input));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Check_Stdin_ReadsOneYamlDocumentUnderItsDefaultName()
    {
        var (code, output, error) = Run(File.ReadAllBytes(Sample), "check", "-", "--date", "2026-11-25", "--format", "json");

        Assert.Equal(0, code);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("<stdin>", json.RootElement.GetProperty("provenance").GetProperty("document").GetProperty("path").GetString());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Sample))), json.RootElement.GetProperty("provenance").GetProperty("document").GetProperty("hash").GetString());
    }

    [Fact]
    public void Check_StdinJsonWithErrors_LocatesThemUnderStdinName()
    {
        var (code, _, error) = Run(Encoding.UTF8.GetBytes("{\n  \"id\": 3\n}"), "check", "-", "--stdin-name", "drafts/upload.json");

        Assert.Equal(2, code);
        Assert.Contains("drafts/upload.json could not be loaded", error, StringComparison.Ordinal);
        Assert.Contains("drafts/upload.json(2,9): error S3Y0005", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_StdinBeyondTheLimit_IsALocatedErrorNotAnEndlessRead()
    {
        var limit = (long)S3Criteria.Text.DocumentLimits.Default.MaxDocumentLength * 4;
        var (code, _, error) = Run(new byte[limit + 10], "check", "-");

        Assert.Equal(2, code);
        Assert.Contains("<stdin>(1,1): error S3Y0010", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_StdinTwice_IsAUsageError()
    {
        var (code, _, error) = Run(File.ReadAllBytes(Sample), "check", "-", "-");

        Assert.Equal(2, code);
        Assert.Contains("'-' (standard input) may be given once", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_StdinBesideFiles_ChecksBoth()
    {
        var (code, output, _) = Run(File.ReadAllBytes(Sample), "check", "-", Path.Combine(AppContext.BaseDirectory, "samples", "strategies", "puglia.yaml"), "--date", "2026-11-25");

        Assert.Equal(0, code);
        Assert.Contains("<stdin>", output, StringComparison.Ordinal);
        Assert.Contains("puglia.yaml", output, StringComparison.Ordinal);
    }
}
