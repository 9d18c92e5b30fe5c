using System.Text.RegularExpressions;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Golden;

/// <summary>
/// The SARIF and HTML output of every sample, written by the command line, is checked in (Golden/*.sarif,
/// Golden/*.html) beside the JSON reports, so that changes to writers show as reviewed diffs. Only the tool version is
/// normalised. To accept a change, run the tests with S3C_UPDATE_GOLDEN=1 and review the diff with git.
/// </summary>
public sealed class GoldenOutputTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var sample in GoldenReportTests.Samples())
        {
            data.Add(sample.Data, "sarif");
            data.Add(sample.Data, "html");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_OutputOfSample_MatchesReviewedGoldenFile(string sample, string format)
    {
        // The documents are named relative to the test's folder, where the build copies the samples.
        var relative = $"samples/strategies/{sample}.yaml";
        Assert.True(File.Exists(relative), $"The test expects to run in its output folder, which holds {relative}.");

        var (_, output, error) = CliRunner.Run("check", relative, "--date", "2026-11-25", "--format", format);

        Assert.Empty(error);
        var actual = NormaliseToolVersion(output.ReplaceLineEndings("\n"));
        var golden = Repository.File("tests", "S3Criteria.Tests", "Golden", $"{sample}.{format}");
        if (Environment.GetEnvironmentVariable("S3C_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, actual);
        }

        Assert.True(File.Exists(golden), $"No golden {format} for {sample}; run with S3C_UPDATE_GOLDEN=1, then review it.");
        var expected = File.ReadAllText(golden).ReplaceLineEndings("\n");
        Assert.True(expected == actual, $"The {format} output of {sample} changed; first difference at character {FirstDifference(expected, actual)}.");
    }

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    /// <summary>Replaces the tool's own version, wherever a writer prints it as the tool version, by a fixed text.</summary>
    private static string NormaliseToolVersion(string text)
    {
        var version = Regex.Escape(ToolVersion);
        return Regex.Replace(
            text,
            $"(?<name>\"(?:version|semanticVersion|toolVersion)\": ?\"|<th scope=\"row\">Tool version</th><td>){version}(?=[\"<])",
            "${name}0.0.0-golden",
            RegexOptions.CultureInvariant);
    }

    private static string ToolVersion { get; } =
        typeof(S3Criteria.Evaluation.ComplianceEvaluator).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>()
            .Single().InformationalVersion.Split('+')[0];
}
