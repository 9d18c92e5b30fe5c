using System.Text.Json.Nodes;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Evaluation;
using S3Criteria.Reports;
using S3Criteria.Writers;

namespace S3Criteria.Office.Tests.Support;

/// <summary>The sample strategies, the built-in rules and a fixed evaluation date.</summary>
internal static class Samples
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    private static readonly Lazy<RuleSet> LazyRules = new(() => new RuleSetBuilder().AddDirectory(Repository.File("rules")).Build());

    public static RuleSet Rules => LazyRules.Value;

    public static TheoryData<string> Names() => [.. Repository.Samples()];

    public static StrategyDocument Load(string sample) => StrategyDocument.Load(Repository.File("samples", "strategies", $"{sample}.yaml"));

    public static ComplianceReport Evaluate(StrategyDocument document) =>
        new ComplianceEvaluator(Rules, new ComplianceEvaluatorOptions { TimeProvider = new FixedTime(Today) }).Evaluate(document);

    public static byte[] ToWorkbook(StrategyDocument document)
    {
        using var stream = new MemoryStream();
        Assert.Empty(StrategyWorkbook.Write(document.Strategy, stream));
        return stream.ToArray();
    }

    /// <summary>The JSON report without what differs between the formats of one strategy: the document's path, hash and the locations.</summary>
    public static string ReportWithoutSource(ComplianceReport report)
    {
        var root = JsonNode.Parse(ComplianceReportJson.Serialize(report))!;
        Strip(root);
        return root.ToJsonString();
    }

    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject json:
                foreach (var key in new[] { "documentPath", "documentHash", "documentLineCount", "location", "ruleSource" })
                {
                    json.Remove(key);
                }

                if (json["document"] is JsonObject document)
                {
                    document.Remove("path");
                    document.Remove("hash");
                    document.Remove("lines");
                }

                foreach (var (_, child) in json)
                {
                    Strip(child);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Strip(item);
                }

                break;
        }
    }

    private sealed class FixedTime(DateOnly date) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }
}
