using System.Text.Json;
using S3Criteria.Cli;
using S3Criteria.Diagnostics;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Cli;

public sealed class ConfigFileTests : IDisposable
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "samples", "strategies");
    private readonly string _directory = Directory.CreateTempSubdirectory("s3c-config-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Find_InAParentBelowTheRepositoryRoot_FindsIt()
    {
        var nested = Directory.CreateDirectory(Path.Combine(_directory, "repo", "a", "b")).FullName;
        Directory.CreateDirectory(Path.Combine(_directory, "repo", ".git"));
        File.WriteAllText(Path.Combine(_directory, "repo", "a", ConfigFile.FileName), "quiet: true\n");

        Assert.Equal(Path.Combine(_directory, "repo", "a", ConfigFile.FileName), ConfigFile.Find(nested));
    }

    [Fact]
    public void Find_AboveTheRepositoryRoot_StopsThere()
    {
        var nested = Directory.CreateDirectory(Path.Combine(_directory, "repo", "a")).FullName;
        File.WriteAllText(Path.Combine(_directory, "repo", ".git"), "gitdir: elsewhere\n"); // a worktree's .git is a file
        File.WriteAllText(Path.Combine(_directory, ConfigFile.FileName), "quiet: true\n");

        Assert.Null(ConfigFile.Find(nested));
    }

    [Fact]
    public void Find_InTheRepositoryRootItself_FindsIt()
    {
        Directory.CreateDirectory(Path.Combine(_directory, ".git"));
        File.WriteAllText(Path.Combine(_directory, ConfigFile.FileName), "quiet: true\n");

        Assert.Equal(Path.Combine(_directory, ConfigFile.FileName), ConfigFile.Find(_directory));
    }

    [Fact]
    public void Parse_SeveralProblems_AreAllReportedWithLineColumnAndKey()
    {
        var diagnostics = new List<Diagnostic>();

        var config = ConfigFile.Parse("quiet: 'yes'\nfail-on: blocker\nformtas: [json]\ndate: 2026-13-01\n", "c.yaml", diagnostics);

        Assert.Null(config);
        Assert.Equal(
            [
                "c.yaml(1,8): error S3Y0005: quiet: 'quiet' must be true or false (unquoted); found 'yes'.",
                "c.yaml(2,10): error S3Y0007: fail-on: 'fail-on' cannot be 'blocker': expected one of info, advisory, blocking, none.",
                "c.yaml(3,1): error S3Y0004: formtas: Unknown key 'formtas' in the configuration file. Did you mean 'formats'? Expected one of: rules, with-built-in, parameters, waivers, baseline, fail-on, formats, exclude, date, language, quiet, verbose.",
                "c.yaml(4,7): error S3Y0007: date: 'date' cannot be '2026-13-01': expected a date written YYYY-MM-DD.",
            ],
            diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Parse_UnknownLanguage_IsALocatedErrorNamingTheAvailableOnes()
    {
        var diagnostics = new List<Diagnostic>();

        var config = ConfigFile.Parse("language: xx\n", "c.yaml", diagnostics);

        Assert.Null(config);
        Assert.Equal(
            "c.yaml(1,11): error S3Y0007: language: 'language' cannot be 'xx': expected an available language (en, de, el, es, fi, fr, hr, hu, it, pt, ro; BCP 47 forms such as it-IT too).",
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void Parse_LanguageAsARegionalTag_IsTheShippedCode()
    {
        var diagnostics = new List<Diagnostic>();

        var config = ConfigFile.Parse("language: it-IT\n", "c.yaml", diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal("it", config!.Language);
    }

    [Fact]
    public void Parse_RelativePaths_AreResolvedAgainstTheFilesDirectory()
    {
        var diagnostics = new List<Diagnostic>();

        var config = ConfigFile.Parse("rules: [my-rules]\nwaivers: w.yaml\nformats: [console, json=out/r.json]\n", Path.Combine(_directory, ConfigFile.FileName), diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(Path.Combine(_directory, "my-rules"), Path.GetFullPath(config!.Rules![0]));
        Assert.Equal(Path.Combine(_directory, "w.yaml"), Path.GetFullPath(config.Waivers!));
        Assert.Equal("console", config.Formats![0]);
        Assert.Equal(Path.Combine(_directory, "out", "r.json"), Path.GetFullPath(config.Formats[1]["json=".Length..]));
    }

    [Fact]
    public void Check_WithConfig_UsesItsFormatsDateAndParameters()
    {
        var config = Write("formats: [json]\ndate: 2026-11-25\nparameters:\n  min-measures-per-priority: 0\nfail-on: none\n");

        var (code, output, error) = CliRunner.Run("check", Path.Combine(Samples, "centru.yaml"), "--config", config);

        Assert.Equal(0, code);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("2026-11-25", json.RootElement.GetProperty("provenance").GetProperty("evaluationDate").GetString());
        Assert.Equal("0", json.RootElement.GetProperty("provenance").GetProperty("parameterOverrides")[0].GetProperty("value").GetString());
    }

    [Fact]
    public void Check_CommandLineOptions_OverrideTheConfig()
    {
        var config = Write("formats: [json]\ndate: 2026-11-25\nparameters:\n  min-measures-per-priority: 0\nfail-on: none\nquiet: true\n");

        var (code, output, _) = CliRunner.Run("check", Path.Combine(Samples, "centro.yaml"), "--config", config, "--format", "console", "--fail-on", "blocking", "--date", "2026-11-26", "--set", "min-measures-per-priority=3");

        Assert.Equal(1, code);
        Assert.Contains("evaluated 2026-11-26", output, StringComparison.Ordinal);
        Assert.DoesNotContain("  ok C", output, StringComparison.Ordinal); // quiet still comes from the file
        using var json = JsonDocument.Parse(CliRunner.Run("check", Path.Combine(Samples, "centro.yaml"), "--config", config, "--set", "min-measures-per-priority=3").Output);
        Assert.Equal("3", json.RootElement.GetProperty("provenance").GetProperty("parameterOverrides")[0].GetProperty("value").GetString());
    }

    [Fact]
    public void Check_ConfigWithProblems_ExitsTwoWithLocatedErrors()
    {
        var config = Write("fail-on: sometimes\nquiet: 1\n");

        var (code, output, error) = CliRunner.Run("check", Path.Combine(Samples, "centro.yaml"), "--config", config);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("could not be loaded: 2 problems", error, StringComparison.Ordinal);
        Assert.Contains($"{config}(1,10): error S3Y0007", error, StringComparison.Ordinal);
        Assert.Contains($"{config}(2,8): error S3Y0005", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingNamedConfig_ExitsTwo()
    {
        var (code, _, error) = CliRunner.Run("check", Path.Combine(Samples, "centro.yaml"), "--config", Path.Combine(_directory, "none.yaml"));

        Assert.Equal(2, code);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ConfigExcludes_AddToTheCommandLines()
    {
        var documents = Directory.CreateDirectory(Path.Combine(_directory, "docs")).FullName;
        File.Copy(Path.Combine(Samples, "kainuu.yaml"), Path.Combine(documents, "kainuu.yaml"));
        File.Copy(Path.Combine(Samples, "puglia.yaml"), Path.Combine(documents, "puglia.yaml"));
        File.Copy(Path.Combine(Samples, "centro.yaml"), Path.Combine(documents, "centro.yaml"));
        var config = Write("exclude: [kainuu.yaml]\ndate: 2026-11-25\n");

        var (code, output, _) = CliRunner.Run("check", documents, "--config", config, "--exclude", "centro.yaml");

        Assert.Equal(0, code);
        Assert.Contains("Puglia", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Kainuu", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Centro", output, StringComparison.Ordinal);
    }

    private string Write(string yaml)
    {
        var path = Path.Combine(_directory, ConfigFile.FileName);
        File.WriteAllText(path, yaml);
        return path;
    }
}
