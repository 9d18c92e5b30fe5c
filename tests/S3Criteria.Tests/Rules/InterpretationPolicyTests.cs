using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Evaluation;
using S3Criteria.Model;
using S3Criteria.Reports;
using S3Criteria.Rules;
using S3Criteria.Tests.Support;
using S3Criteria.Writers;

namespace S3Criteria.Tests.Rules;

/// <summary>
/// The built-in rules follow docs/interpretation.md: blocking only what Annex IV requires, binary verdicts, no silent
/// or vacuous passes, one definition of "running".
/// </summary>
public sealed partial class InterpretationPolicyTests
{
    /// <summary>The lead-in of Annex IV, enabling condition 1.1: what a precondition of the whole condition quotes.</summary>
    private const string LeadIn = "Smart specialisation strategy or strategies shall be supported by";

    private static readonly RuleSet Rules = new RuleSetBuilder().AddDirectory(Repository.File("rules")).Build();

    private static readonly DateOnly Today = new(2026, 11, 25);

    /// <summary>A strategy that fulfils every criterion, as compact as the rules allow; tests change one part of it.</summary>
    private const string Fulfilling = """
        id: t
        title: Test strategy
        region: { code: ITF4, name: Puglia, category: less-developed, lagging: low-growth }
        period-start: 2021
        period-end: 2027
        status: adopted
        adopted: 2023-01-10
        analysis: { updated: 2025-06-01, covers-innovation-diffusion: true, covers-digitalisation: true }
        governance: { body: Regional innovation department, legal-basis: Decision 1/2023, cooperation-unit: EU office }
        monitoring: { system: S3 observatory, last-report: 2026-03-01, evaluation-planned: true }
        needs: { research-innovation-system: true, industrial-transition: false, industrial-transition-justification: The analysis finds no declining industry. }
        priorities:
          - { id: agri, name: Agri-food, domains: [agri-food] }
          - { id: energy, name: Clean energy, domains: [solar-energy] }
        partnerships:
          - id: tp
            title: Thematic partnership on agri-food
            instrument: s3-thematic-partnership
            status: active
            start: 2024-01-01
            priorities: [agri]
            partners: [{ name: Andalusia, country: ES }]
        stakeholders:
          - { id: s1, name: Firm, helix: business, edp-participant: true, priorities: [agri, energy], partnerships: [tp] }
          - { id: s2, name: University, helix: research, edp-participant: true, priorities: [agri, energy] }
        indicators:
          - { id: i1, name: Firms innovating, type: result, priority: agri, baseline: 10, target: 20, baseline-year: 2021, target-year: 2029 }
        actions:
          - { id: a1, title: Research infrastructures, type: research-innovation-system, priorities: [agri], budget: 1000000, funding-source: ERDF RSO1.1, responsible: Department }
        evidence:
          - { id: e1, title: Working group on agri-food, type: edp-working-group, date: 2026-05-12, criteria: [4] }

        """;

    private static ComplianceReport Evaluate(string document) =>
        new ComplianceEvaluator(Rules, new ComplianceEvaluatorOptions { EvaluationDate = Today })
            .Evaluate(StrategyDocument.Parse(document, filePath: "strategy.yaml"));

    private static Verdict VerdictOf(ComplianceReport report, string criterion) =>
        report.Criteria.Single(c => c.CriterionId == criterion).Verdict;

    private static RuleOutcome OutcomeOf(ComplianceReport report, string rule) =>
        report.Rules.Single(r => r.RuleId == rule).Outcome;

    [Fact]
    public void Evaluate_CompactFulfillingStrategy_FulfilsEveryCriterion()
    {
        var report = Evaluate(Fulfilling);

        Assert.All(report.Criteria, c => Assert.True(c.Verdict is Verdict.Fulfilled or Verdict.NotApplicable, $"{c.CriterionId} is {c.Verdict}: {string.Join(", ", c.DecidedBy)}"));
        Assert.Equal(Verdict.NotApplicable, VerdictOf(report, "EC1.1-C6"));
        Assert.Equal(Verdict.Fulfilled, report.Verdict);
    }

    [Fact]
    public void BlockingRules_Rationale_QuotesTheWordsOfItsCriterion()
    {
        var criteria = Rules.Criteria.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var blocking = Rules.Rules.Where(r => r.Severity == Severity.Blocking).ToList();

        Assert.NotEmpty(blocking);
        Assert.All(blocking, rule =>
        {
            var criterion = criteria[rule.CriterionId];
            var text = criterion.IsPrecondition ? LeadIn : criterion.Title.Get();
            var quotes = Quotation().Matches(rule.Rationale?.Get() ?? string.Empty).Select(m => m.Groups[1].Value).ToList();
            Assert.True(
                quotes.Any(q => q.Length >= 10 && text.Contains(q, StringComparison.Ordinal)),
                $"{rule.Id}: its rationale quotes none of the words of {criterion.Id} (\"{text}\"); quotations found: {string.Join(" | ", quotes)}");
        });
    }

    [Fact]
    public void Criterion7_HasTheDepthOfAtLeastNineteenRules() =>
        Assert.True(Rules.Rules.Count(r => r.CriterionId == "EC1.1-C7") >= 19);

    [Fact]
    public void Verdicts_HaveNoPartialValue_InTheCodeOrTheReportSchema()
    {
        Assert.DoesNotContain(Enum.GetNames<Verdict>(), name => name.Contains("Partial", StringComparison.Ordinal));
        Assert.DoesNotContain("partially", File.ReadAllText(Repository.File("schemas", "report.schema.json")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Evaluate_MeasuresInSomeButNotAllPriorityAreas_FulfilsCriterion7WithAdvisoryFindings()
    {
        var report = Evaluate(Fulfilling);

        Assert.Equal(Verdict.Fulfilled, VerdictOf(report, "EC1.1-C7"));
        var uncovered = Assert.Single(report.Findings, f => f.RuleId == "C7-01");
        Assert.Equal("energy", uncovered.Subject.Id);
        Assert.Equal(Severity.Advisory, uncovered.Severity);
        Assert.True(report.Criteria.Single(c => c.CriterionId == "EC1.1-C7").Improvements >= 1);
    }

    [Fact]
    public void Evaluate_NoPriorityAreas_DoesNotFulfilCriterion7()
    {
        var document = Fulfilling
            .Replace("  - { id: agri, name: Agri-food, domains: [agri-food] }\n  - { id: energy, name: Clean energy, domains: [solar-energy] }\n", string.Empty, StringComparison.Ordinal)
            .Replace("priorities:\n", "priorities: []\n", StringComparison.Ordinal)
            .Replace("priorities: [agri, energy]", "priorities: []", StringComparison.Ordinal)
            .Replace("priorities: [agri]", "priorities: []", StringComparison.Ordinal)
            .Replace(", priority: agri", string.Empty, StringComparison.Ordinal);

        var report = Evaluate(document);

        Assert.Equal(Verdict.NotFulfilled, VerdictOf(report, "EC1.1-C7"));
        Assert.Contains("C7-20", report.Criteria.Single(c => c.CriterionId == "EC1.1-C7").DecidedBy);
    }

    [Theory]
    [InlineData("needs: { research-innovation-system: true, industrial-transition: false, industrial-transition-justification: The analysis finds no declining industry. }\n", "", Verdict.CannotAssess, Verdict.CannotAssess)]
    [InlineData("industrial-transition: false, industrial-transition-justification: The analysis finds no declining industry.", "industrial-transition: false", Verdict.Fulfilled, Verdict.CannotAssess)]
    [InlineData("industrial-transition: false, industrial-transition-justification: The analysis finds no declining industry.", "industrial-transition: true", Verdict.Fulfilled, Verdict.NotFulfilled)]
    [InlineData("research-innovation-system: true", "research-innovation-system: false, research-innovation-system-justification: A 2025 review found the system sound.", Verdict.NotApplicable, Verdict.NotApplicable)]
    public void Evaluate_WhereRelevantNeeds_DecideCriteria5And6(string replace, string with, Verdict criterion5, Verdict criterion6)
    {
        var report = Evaluate(Fulfilling.Replace(replace, with, StringComparison.Ordinal));

        Assert.Equal(criterion5, VerdictOf(report, "EC1.1-C5"));
        Assert.Equal(criterion6, VerdictOf(report, "EC1.1-C6"));
    }

    [Fact]
    public void Evaluate_EmptyCollections_NeverYieldAPassedRuleAboutTheirItems()
    {
        var document = """
            id: t
            title: Empty strategy
            region: { code: ITF4, name: Puglia, category: less-developed }
            period-start: 2021
            period-end: 2027
            status: draft
            priorities: []
            partnerships: []
            stakeholders: []
            indicators: []
            actions: []
            evidence: []
            """;

        var report = Evaluate(document);

        var aboutItems = report.Rules.Where(r => Rules.FindRule(r.RuleId)!.SubjectKind != SubjectKind.Strategy).ToList();
        Assert.NotEmpty(aboutItems);
        Assert.All(aboutItems, r => Assert.True(r.Outcome is RuleOutcome.NotApplicable && r.Evidence.Count == 0, $"{r.RuleId} is {r.Outcome} with nothing to judge"));
        Assert.Equal(Verdict.NotFulfilled, VerdictOf(report, "EC1.1-C7"));
        Assert.NotEqual(Verdict.Fulfilled, report.Verdict);
    }

    [Fact]
    public void Evaluate_AbsentCollections_CannotAssessInsteadOfPassing()
    {
        var document = """
            id: t
            title: Draft without lists
            region: { code: ITF4, name: Puglia, category: less-developed }
            period-start: 2021
            period-end: 2027
            status: adopted
            """;

        var report = Evaluate(document);

        Assert.Equal(Verdict.CannotAssess, VerdictOf(report, "EC1.1-C7"));
        Assert.Equal(Verdict.CannotAssess, VerdictOf(report, "EC1.1-C4"));
        Assert.DoesNotContain(report.Rules, r => r.Outcome == RuleOutcome.Passed && Rules.FindRule(r.RuleId)!.SubjectKind != SubjectKind.Strategy);
        Assert.Contains(report.Findings, f => f.RuleId == "C7-20" && f.Status == FindingStatus.CannotAssess);
    }

    [Fact]
    public void Evaluate_ActivePartnershipNotYetStarted_CountsAsRunningNowhere()
    {
        var notStarted = Evaluate(Fulfilling.Replace("start: 2024-01-01", "start: 2027-03-01", StringComparison.Ordinal));
        var planned = Evaluate(Fulfilling.Replace("status: active\n    start: 2024-01-01", "status: planned\n    start: 2027-03-01", StringComparison.Ordinal));

        // Rules about the recorded status itself (active past its end, without a start, before its start) differ by design.
        string[] aboutTheRecordedStatus = ["C7-08", "C7-21", "C7-23"];
        Assert.Equal(RuleOutcome.Failed, OutcomeOf(notStarted, "C7-02"));
        Assert.Equal(RuleOutcome.Failed, OutcomeOf(notStarted, "C7-23"));
        Assert.All(
            notStarted.Rules.Where(r => !aboutTheRecordedStatus.Contains(r.RuleId)),
            r => Assert.True(r.Outcome == planned.Rules.Single(p => p.RuleId == r.RuleId).Outcome, $"{r.RuleId}: {r.Outcome} for an active partnership not yet started, but {planned.Rules.Single(p => p.RuleId == r.RuleId).Outcome} for a planned one"));
    }

    [Fact]
    public void Parse_PartnerNutsCodeOfAnotherCountry_IsALocatedError()
    {
        var result = StrategyDocument.TryParse(Fulfilling.Replace("{ name: Andalusia, country: ES }", "{ name: Alentejo, country: PT, nuts: ES431 }", StringComparison.Ordinal), filePath: "strategy.yaml");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("partnerships[0].partners[0].nuts", diagnostic.Path);
        Assert.Equal(new S3Criteria.Diagnostics.SourceLocation("strategy.yaml", 22, 53), diagnostic.Location);
        Assert.Contains("ES431 is a region of ES, but the partner's country is PT", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FindingDecidedByAParameter_IsLabelledAsSuchInJson()
    {
        var report = Evaluate(Fulfilling.Replace("updated: 2025-06-01", "updated: 2020-06-01", StringComparison.Ordinal));

        var finding = JsonNode.Parse(ComplianceReportJson.Serialize(report))!["findings"]!.AsArray().Single(f => (string?)f!["ruleId"] == "C1-01")!;
        var parameter = Assert.Single(finding["parameters"]!.AsArray())!;
        Assert.Equal("max-analysis-age-years", (string?)parameter["name"]);
        Assert.Equal("3", (string?)parameter["value"]);
        Assert.Contains("Threshold of this rule set, not of the regulation: max-analysis-age-years = 3.", ReportLabels.Thresholds(report.Findings.Single(f => f.RuleId == "C1-01")), StringComparison.Ordinal);
    }

    [Fact]
    public void Instruments_EachInterregStrand_IsOneValue()
    {
        Assert.Equal(
            ["interreg-a", "interreg-b", "interreg-c", "interreg-d"],
            Naming.EnumNames(typeof(CooperationInstrument)).Where(n => n.StartsWith("interreg", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("interreg-europe", "write 'instrument: interreg-c' and 'programme: Interreg Europe'")]
    [InlineData("Interreg Europe", "write 'instrument: interreg-c' and 'programme: Interreg Europe'")]
    [InlineData("URBACT", "write 'instrument: interreg-c' and 'programme: URBACT'")]
    [InlineData("espon", "write 'instrument: interreg-c' and 'programme: ESPON'")]
    [InlineData("Interact", "write 'instrument: interreg-c' and 'programme: Interact'")]
    [InlineData("macro-regional-strategy", "'macro-regional-strategy: danube'")]
    [InlineData("Macro-regional strategy", "'macro-regional-strategy: danube'")]
    public void Parse_RetiredInstrument_IsALocatedErrorThatSaysWhatChanged(string value, string advice)
    {
        var result = StrategyDocument.TryParse(Fulfilling.Replace("instrument: s3-thematic-partnership", $"instrument: {value}", StringComparison.Ordinal), filePath: "strategy.yaml");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("partnerships[0].instrument", diagnostic.Path);
        Assert.Equal(18, diagnostic.Location!.Line);
        Assert.Contains(advice, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_NamesTheRuleSetItBelongsTo_AndShipsInsideThePackage()
    {
        var policy = File.ReadAllText(Repository.File("docs", "interpretation.md"));

        Assert.Contains($"**`{Rules.Id}`, version {Rules.Version}**", policy, StringComparison.Ordinal);
        using var embedded = typeof(RuleSet).Assembly.GetManifestResourceStream("S3Criteria.Docs.interpretation.md");
        Assert.NotNull(embedded);
        using var reader = new StreamReader(embedded);
        Assert.Equal(policy.ReplaceLineEndings("\n"), reader.ReadToEnd().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Policy_EveryRuleItNames_ExistsWithTheSeverityItStates()
    {
        var policy = File.ReadAllText(Repository.File("docs", "interpretation.md"));

        foreach (Match required in Regex.Matches(policy, @"\*\*Required\*\* \(blocking\)[^\n]*(?:\n(?!- \*\*)[^\n]*)*"))
        {
            foreach (Match id in Regex.Matches(required.Value, @"`((?:C\d|EC1\.1)-\d\d)`"))
            {
                Assert.Equal(Severity.Blocking, Rules.FindRule(id.Groups[1].Value)?.Severity);
            }
        }

        foreach (Match id in Regex.Matches(policy, @"`((?:C\d|EC1\.1)-\d\d)`"))
        {
            Assert.NotNull(Rules.FindRule(id.Groups[1].Value));
        }
    }

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex Quotation();
}
