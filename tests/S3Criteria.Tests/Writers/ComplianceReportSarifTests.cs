using System.Text.Json.Nodes;
using S3Criteria.Documents;
using S3Criteria.Evaluation;
using S3Criteria.Reports;
using S3Criteria.Tests.Schemas;
using S3Criteria.Waivers;
using S3Criteria.Writers;
using static S3Criteria.Tests.Support.RuleHarness;

namespace S3Criteria.Tests.Writers;

/// <summary>What the SARIF log says for each kind of outcome: located failures, levels, pass and not-applicable results, suppressions, rule errors.</summary>
public sealed class ComplianceReportSarifTests
{
    private const string Rules = """
          - id: A
            title: Every priority area has a budget above 100
            severity: blocking
            for-each: priority
            require: priority.budget > 100
            message: "{priority.name} has a budget of {priority.budget}"
            recommendation: Raise the budget of {priority.name}.
            references: [Regulation (EU) 2021/1060, Annex IV, "https://example.org/guide"]
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
          - id: D
            title: Most stakeholders are firms
            severity: blocking
            require: share(s in stakeholders where s.helix == business) >= 0.5
            message: too few firms
          - id: E
            title: Industrial transition is funded
            severity: blocking
            applies-when: strategy.needs.industrial-transition
            require: count(actions) >= 1
            message: no actions
        """;

    // The stakeholders are stated as none, so that rule D divides by zero (an absent list would be "cannot assess").
    private const string Strategy = """
        stakeholders: []
        priorities:
          - { id: a, name: Alpha, budget: 200 }
          - { id: b, name: Beta, budget: 50 }

        """;

    private const string WaiverFile = """
        waivers:
          - rule: B
            reason: Two priority areas by design.
            expires: 2030-12-31
            owner: RIS3 office
          - rule: A
            subject: b
            reason: Budget to be raised in 2025.
            expires: 2025-12-31
        """;

    private static readonly ComplianceReport Report = new ComplianceEvaluator(
            Build(RuleFile(Rules)),
            new ComplianceEvaluatorOptions { TimeProvider = new FixedTime(Today), Waivers = WaiverSet.Parse(WaiverFile, "waivers.yaml") })
        .Evaluate(StrategyDocument.Parse(BaseStrategy + Strategy, filePath: "strategy.yaml"));

    private static readonly string Sarif = ComplianceReportSarif.Serialize([Report], Build(RuleFile(Rules)));

    private static JsonNode Run => JsonNode.Parse(Sarif)!["runs"]![0]!;

    private static JsonNode Result(string ruleId) => Run["results"]!.AsArray().Single(r => (string?)r!["ruleId"] == ruleId)!;

    [Fact]
    public void Serialize_TinyRuleSet_ValidatesAgainstOfficialSarifSchema()
    {
        Assert.Empty(SchemaFiles.Validate(SchemaFiles.Sarif, Sarif));
        Assert.Equal("2.1.0", (string?)JsonNode.Parse(Sarif)!["version"]);
    }

    [Fact]
    public void Serialize_Finding_IsFailResultAtTheSubjectsLineAndColumn()
    {
        var finding = Report.Findings.Single(f => f.RuleId == "A");
        var result = Result("A");
        var physical = result["locations"]![0]!["physicalLocation"]!;

        Assert.Equal("fail", (string?)result["kind"]);
        Assert.Equal("error", (string?)result["level"]);
        Assert.Equal("Beta has a budget of 50.", (string?)result["message"]!["text"]);
        Assert.Equal("strategy.yaml", (string?)physical["artifactLocation"]!["uri"]);
        Assert.Equal(ComplianceReportSarif.SourceRootBaseId, (string?)physical["artifactLocation"]!["uriBaseId"]);
        Assert.Equal(finding.Subject.Location!.Line, (int)physical["region"]!["startLine"]!);
        Assert.Equal(finding.Subject.Location.Column, (int)physical["region"]!["startColumn"]!);
        Assert.Equal("t.priorities[1]", (string?)result["locations"]![0]!["logicalLocations"]![0]!["fullyQualifiedName"]);
        Assert.Equal("failed", (string?)result["properties"]!["status"]);
        Assert.Equal("Raise the budget of Beta.", (string?)result["properties"]!["recommendation"]);
        Assert.Equal(0, (int)result["ruleIndex"]!);
    }

    [Fact]
    public void Serialize_Levels_FollowSeverity()
    {
        var rules = Run["tool"]!["driver"]!["rules"]!.AsArray();

        Assert.Equal(["error", "warning", "note", "error", "error"], rules.Select(r => (string?)r!["defaultConfiguration"]!["level"]));
        Assert.Equal("warning", (string?)Result("B")["level"]);
    }

    [Fact]
    public void Serialize_WaivedFinding_CarriesAcceptedExternalSuppression()
    {
        var suppression = Assert.Single(Result("B")["suppressions"]!.AsArray())!;

        Assert.Equal("external", (string?)suppression["kind"]);
        Assert.Equal("accepted", (string?)suppression["status"]);
        Assert.Equal("Two priority areas by design.", (string?)suppression["justification"]);
        Assert.Equal("waivers.yaml", (string?)suppression["location"]!["physicalLocation"]!["artifactLocation"]!["uri"]);
        Assert.Equal("RIS3 office", (string?)suppression["properties"]!["owner"]);
    }

    [Fact]
    public void Serialize_ExpiredWaiver_IsRejectedSuppression()
    {
        var suppression = Assert.Single(Result("A")["suppressions"]!.AsArray())!;

        Assert.Equal("rejected", (string?)suppression["status"]);
        Assert.Contains("expired on 2025-12-31", (string?)suppression["justification"], StringComparison.Ordinal);
    }

    [Fact]
    public void Write_IncludePassingResults_PassedAndNotApplicableRulesArePassAndNotApplicableResults()
    {
        var run = JsonNode.Parse(ReportWriterRegistry.Default.Get("sarif").WriteToString(new ReportWriterContext([new ReportEntry(Report)], Build(RuleFile(Rules)), new ReportWriterOptions { IncludePassingResults = true })))!["runs"]![0]!;
        var pass = run["results"]!.AsArray().Single(r => (string?)r!["ruleId"] == "C")!;
        var notApplicable = run["results"]!.AsArray().Single(r => (string?)r!["ruleId"] == "E")!;

        Assert.Equal("pass", (string?)pass["kind"]);
        Assert.Equal("none", (string?)pass["level"]);
        Assert.Equal("strategy.yaml", (string?)pass["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
        Assert.Equal("t", (string?)pass["locations"]![0]!["logicalLocations"]![0]!["fullyQualifiedName"]);
        Assert.Equal("notApplicable", (string?)notApplicable["kind"]);
        Assert.Equal("none", (string?)notApplicable["level"]);
    }

    [Fact]
    public void Serialize_RuleError_IsToolExecutionNotification()
    {
        var invocation = Run["invocations"]![0]!;
        var notification = Assert.Single(invocation["toolExecutionNotifications"]!.AsArray())!;

        Assert.True((bool)invocation["executionSuccessful"]!);
        Assert.Equal("error", (string?)notification["level"]);
        Assert.Equal("D", (string?)notification["associatedRule"]!["id"]);
        Assert.Equal(3, (int)notification["associatedRule"]!["index"]!);
        Assert.DoesNotContain(Run["results"]!.AsArray(), r => (string?)r!["ruleId"] == "D");
    }

    [Fact]
    public void Serialize_Rules_AreDescriptorsWithHelpAndReferences()
    {
        var rule = Run["tool"]!["driver"]!["rules"]![0]!;

        Assert.Equal("A", (string?)rule["id"]);
        Assert.Equal("EveryPriorityAreaHasBudgetAbove100", (string?)rule["name"]);
        Assert.Equal("Every priority area has a budget above 100.", (string?)rule["shortDescription"]!["text"]);
        Assert.Contains("Raise the budget of {priority.name}.", (string?)rule["help"]!["text"], StringComparison.Ordinal);
        Assert.Contains("- https://example.org/guide", (string?)rule["help"]!["text"], StringComparison.Ordinal);
        Assert.Equal("https://example.org/guide", (string?)rule["helpUri"]);
        Assert.Equal(["smart-specialisation", "C"], rule["properties"]!["tags"]!.AsArray().Select(t => (string?)t));
    }

    [Fact]
    public void Serialize_Artifact_CarriesTheDocumentHash()
    {
        var artifact = Run["artifacts"]![0]!;

        Assert.Equal(Report.Provenance.DocumentHash, (string?)artifact["hashes"]!["sha-256"]);
        Assert.Equal("analysisTarget", (string?)artifact["roles"]![0]);
    }

    [Fact]
    public void Serialize_NoReports_IsValidLogWithTheRulesOnly()
    {
        var sarif = ComplianceReportSarif.Serialize([], Build(RuleFile(Rules)));
        var run = JsonNode.Parse(sarif)!["runs"]![0]!;

        Assert.Empty(SchemaFiles.Validate(SchemaFiles.Sarif, sarif));
        Assert.Equal(5, run["tool"]!["driver"]!["rules"]!.AsArray().Count);
        Assert.Empty(run["results"]!.AsArray());
    }

    [Fact]
    public void Serialize_SameInputTwice_GivesIdenticalText() =>
        Assert.Equal(Sarif, ComplianceReportSarif.Serialize([Report], Build(RuleFile(Rules))));

    [Fact]
    public void Serialize_PartialFingerprint_IsStableAndPerSubject()
    {
        var results = Run["results"]!.AsArray();
        var fingerprints = results.Select(r => (string?)r!["partialFingerprints"]!["ruleSubjectHash/v1"]).ToList();

        Assert.Equal(fingerprints.Count, fingerprints.Distinct().Count());
        Assert.All(fingerprints, f => Assert.Matches("^[0-9a-f]{64}$", f!));
    }
}
