using System.Text;
using System.Text.Json.Nodes;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Reports;
using S3Criteria.Tests.Support;
using S3Criteria.Writers;

namespace S3Criteria.Tests.Golden;

/// <summary>
/// The JSON report of every sample strategy is checked in (Golden/*.json) and is the product's reviewed claim about
/// that territory. Volatile fields (tool version, rule-set hash, rule source lines) are left out. To accept a change,
/// run the tests with S3C_UPDATE_GOLDEN=1 and review the diff with git before committing.
/// </summary>
public sealed class GoldenReportTests
{
    private static readonly RuleSet Rules = new RuleSetBuilder().AddDirectory(Repository.File("rules")).Build();

    public static TheoryData<string> Samples() =>
        [.. Directory.GetFiles(Repository.File("samples", "strategies"), "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Report_OfSample_MatchesReviewedGoldenFile(string sample)
    {
        var relative = $"samples/strategies/{sample}.yaml";
        var document = StrategyDocument.Parse(File.ReadAllText(Repository.File("samples", "strategies", $"{sample}.yaml")), filePath: relative);
        var actual = Normalise(ComplianceReportJson.Serialize(RuleHarness.Evaluator(Rules).Evaluate(document)));
        var golden = Repository.File("tests", "S3Criteria.Tests", "Golden", $"{sample}.json");

        if (Environment.GetEnvironmentVariable("S3C_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, actual);
        }

        Assert.True(File.Exists(golden), $"No golden report for {sample}; run with S3C_UPDATE_GOLDEN=1, then review it.");
        var expected = File.ReadAllText(golden).ReplaceLineEndings("\n");
        Assert.True(expected == actual, $"The report of {sample} changed:\n{Diff(expected, actual)}");
    }

    [Fact]
    public void Reports_ExemplaryAndWeakDraft_AreTheClaimedExtremes()
    {
        var exemplary = Evaluate("exemplary");
        var weak = Evaluate("weak-draft");

        Assert.All(exemplary.Criteria, c => Assert.Contains(c.Verdict, new[] { Verdict.Fulfilled, Verdict.NotApplicable }));
        Assert.Equal(Verdict.Fulfilled, exemplary.Verdict);
        Assert.True(weak.Criteria.Count(c => c.Verdict == Verdict.NotFulfilled) >= 5);
    }

    private static ComplianceReport Evaluate(string sample) =>
        RuleHarness.Evaluator(Rules).Evaluate(StrategyDocument.Load(Repository.File("samples", "strategies", $"{sample}.yaml")));

    private static string Normalise(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var provenance = root["provenance"]!.AsObject();
        provenance.Remove("toolVersion");
        provenance["ruleSet"]!.AsObject().Remove("hash");
        foreach (var finding in root["findings"]!.AsArray())
        {
            finding!.AsObject().Remove("ruleSource");
        }

        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
    }

    private static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var text = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < Math.Max(a.Length, b.Length) && shown < 20; i++)
        {
            var left = i < a.Length ? a[i] : "<end>";
            var right = i < b.Length ? b[i] : "<end>";
            if (left != right)
            {
                text.Append("line ").Append(i + 1).Append(":\n  golden: ").Append(left.Trim()).Append("\n  now:    ").Append(right.Trim()).Append('\n');
                shown++;
            }
        }

        return text.ToString();
    }
}
