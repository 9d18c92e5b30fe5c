using System.Text.Json.Nodes;
using S3Criteria.Diagnostics;
using S3Criteria.Documents;
using S3Criteria.Reports;
using S3Criteria.Tests.Schemas;
using S3Criteria.Tests.Support;
using S3Criteria.Writers;
using static S3Criteria.Tests.Support.RuleHarness;

namespace S3Criteria.Tests.Writers;

/// <summary>What a SARIF log tells a pipeline that reads nothing else: a failed load, complete descriptors, results at their node, passes only when asked.</summary>
public sealed class SarifHonestyTests
{
    private const string Rules = """
          - id: A
            title: Every priority area has a budget above 100
            severity: blocking
            for-each: priority
            require: priority.budget > 100
            message: "{priority.name} has a budget of {priority.budget}"
          - id: B
            title: The strategy has three priority areas
            severity: advisory
            require: count(priorities) >= 3
            message: only {count(priorities)} priority areas.
          - id: C
            title: The strategy has a priority area
            severity: info
            require: count(priorities) >= 1
            message: no priority areas
        """;

    private const string Strategy = """
        priorities:
          - { id: a, name: Alpha, budget: 200 }
          - { id: b, name: Beta, budget: 50 }

        """;

    /// <summary>A document with an unknown key and a value of the wrong type: two located problems.</summary>
    public const string BrokenDocument = """
        id: broken
        title: A broken strategy
        region: { code: ITF4, name: Puglia, category: less-developed, lagging: low-growth }
        period-start: 2021
        period-end: 2027
        prioritys: []
        partnerships: 12

        """;

    private static readonly S3Criteria.Engine.RuleSet RuleSet = Build(RuleFile(Rules));

    private static readonly StrategyDocument Document = StrategyDocument.Parse(BaseStrategy + Strategy, filePath: "strategy.yaml");

    private static readonly ComplianceReport Report = Evaluator(RuleSet).Evaluate(Document);

    private static JsonNode Run(ReportWriterOptions? options = null, IEnumerable<Diagnostic>? failures = null) =>
        JsonNode.Parse(Sarif(options, failures))!["runs"]![0]!;

    private static string Sarif(ReportWriterOptions? options = null, IEnumerable<Diagnostic>? failures = null) =>
        ReportWriterRegistry.Default.Get("sarif").WriteToString(new ReportWriterContext([new ReportEntry(Report, Document)], RuleSet, options, failures ?? []));

    [Fact]
    public void Write_NotificationDescriptors_HaveFullDescriptionAndHelp()
    {
        var notifications = Run()["tool"]!["driver"]!["notifications"]!.AsArray();

        Assert.Equal(["S3C-RULE-ERROR", "S3C-LOAD-ERROR"], notifications.Select(n => (string?)n!["id"]));
        Assert.All(notifications, n =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)n!["fullDescription"]!["text"]));
            Assert.False(string.IsNullOrWhiteSpace((string?)n["help"]!["text"]));
        });
    }

    [Fact]
    public void Write_AnyRun_HasAutomationDetailsId() =>
        Assert.Equal("s3criteria/custom/2026-11-25", (string?)Run()["automationDetails"]!["id"]);

    [Fact]
    public void Write_FindingAboutTheStrategy_IsLocatedAtTheKeyTheRuleReads()
    {
        var result = Run()["results"]!.AsArray().Single(r => (string?)r!["ruleId"] == "B")!;
        var region = result["locations"]![0]!["physicalLocation"]!["region"]!;
        var priorities = Document.LocationOf("priorities")!;

        Assert.Equal(priorities.Line, (int)region["startLine"]!);
        Assert.Equal(priorities.Column, (int)region["startColumn"]!);
        Assert.Null(region["endLine"]);
    }

    [Fact]
    public void Write_ByDefault_WritesFindingsOnly()
    {
        var kinds = Run()["results"]!.AsArray().Select(r => (string?)r!["kind"]).Distinct();

        Assert.Equal(["fail"], kinds);
    }

    [Fact]
    public void Write_IncludePassingResults_AddsPassResults()
    {
        var pass = Run(new ReportWriterOptions { IncludePassingResults = true })["results"]!.AsArray().Single(r => (string?)r!["ruleId"] == "C")!;

        Assert.Equal("pass", (string?)pass["kind"]);
    }

    [Fact]
    public void Write_AllLoaded_IsSuccessful() =>
        Assert.True((bool)Run()["invocations"]![0]!["executionSuccessful"]!);

    [Fact]
    public void Write_FailedLoad_IsNotSuccessfulWithOneLocatedNotificationPerProblem()
    {
        var failed = StrategyDocument.TryParse(BrokenDocument, filePath: "broken.yaml");
        Assert.False(failed.Success);

        var sarif = ReportWriterRegistry.Default.Get("sarif").WriteToString(new ReportWriterContext([], RuleSet, null, failed.Diagnostics));
        var invocation = JsonNode.Parse(sarif)!["runs"]![0]!["invocations"]![0]!;
        var notifications = invocation["toolExecutionNotifications"]!.AsArray();

        Assert.Empty(SchemaFiles.Validate(SchemaFiles.Sarif, sarif));
        Assert.False((bool)invocation["executionSuccessful"]!);
        Assert.Equal(failed.Diagnostics.Count, notifications.Count);
        for (var i = 0; i < notifications.Count; i++)
        {
            var physical = notifications[i]!["locations"]![0]!["physicalLocation"]!;
            Assert.Equal("S3C-LOAD-ERROR", (string?)notifications[i]!["descriptor"]!["id"]);
            Assert.Equal("broken.yaml", (string?)physical["artifactLocation"]!["uri"]);
            Assert.Equal(failed.Diagnostics[i].Location!.Line, (int)physical["region"]!["startLine"]!);
            Assert.Equal(failed.Diagnostics[i].Location!.Column, (int)physical["region"]!["startColumn"]!);
        }
    }

    [Fact]
    public void Write_WithBaseline_MarksEachResultNewOrUnchanged()
    {
        var earlier = Evaluator(RuleSet).Evaluate(StrategyDocument.Parse(BaseStrategy + "priorities:\n  - { id: a, name: Alpha, budget: 200 }\n", filePath: "strategy.yaml"));
        var results = Run(new ReportWriterOptions { Baseline = ReportBaseline.FromReports([earlier]) })["results"]!.AsArray();

        Assert.Equal("new", (string?)results.Single(r => (string?)r!["ruleId"] == "A")!["baselineState"]);
        Assert.Equal("unchanged", (string?)results.Single(r => (string?)r!["ruleId"] == "B")!["baselineState"]);
    }

    /// <summary>
    /// The SARIF of a failed load is checked in beside the samples' (Golden/failed-load.sarif), so that
    /// tests/sarif/validate-sarif.sh runs the Multitool on it; S3C_UPDATE_GOLDEN=1 rewrites it.
    /// </summary>
    [Fact]
    public void Write_FailedLoad_MatchesReviewedGoldenFile()
    {
        var failed = StrategyDocument.TryParse(BrokenDocument, filePath: "samples/strategies/broken.yaml");
        var actual = ReportWriterRegistry.Default.Get("sarif").WriteToString(new ReportWriterContext([], RuleSet, null, failed.Diagnostics));
        var golden = Repository.File("tests", "S3Criteria.Tests", "Golden", "failed-load.sarif");
        if (Environment.GetEnvironmentVariable("S3C_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, actual);
        }

        Assert.True(File.Exists(golden), "No golden failed-load.sarif; run with S3C_UPDATE_GOLDEN=1, then review it.");
        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings("\n"), actual);
    }
}
