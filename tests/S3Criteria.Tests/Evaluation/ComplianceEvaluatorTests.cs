using System.Globalization;
using S3Criteria.Documents;
using S3Criteria.Reports;
using S3Criteria.Writers;
using static S3Criteria.Tests.Support.RuleHarness;

namespace S3Criteria.Tests.Evaluation;

public sealed class ComplianceEvaluatorTests
{
    private const string Rules = """
          - id: A
            title: Share of business stakeholders
            severity: blocking
            require: share(s in stakeholders where s.helix == business) >= 0.5
            message: too few firms
          - id: B
            title: Budget ratio
            severity: advisory
            for-each: priority
            require: priority.budget / (priority.budget - 100) > 0
            message: "{priority.name} ratio"
          - id: C
            title: Has priorities
            severity: blocking
            require: count(priorities) >= 3
            message: only {count(priorities)} priorities
        """;

    // The stakeholders are stated as none, so that rule A divides by zero (an absent list would be "cannot assess").
    private const string Strategy = """
        stakeholders: []
        priorities:
          - { id: a, name: A, budget: 100 }
          - { id: b, name: B, budget: 50 }

        """;

    [Fact]
    public void Evaluate_RuleThatThrows_IsReportedAndOtherRulesComplete()
    {
        var report = Evaluate(RuleFile(Rules), Strategy);

        Assert.Equal(RuleOutcome.Error, report.Rules.Single(r => r.RuleId == "A").Outcome);
        Assert.Equal(RuleOutcome.Error, report.Rules.Single(r => r.RuleId == "B").Outcome);
        Assert.Equal(RuleOutcome.Failed, report.Rules.Single(r => r.RuleId == "C").Outcome);
        Assert.Equal("only 2 priorities", Assert.Single(report.Findings).Message);

        var share = report.Errors.Single(e => e.RuleId == "A");
        Assert.Null(share.Subject);
        Assert.Contains("empty collection", share.Message, StringComparison.Ordinal);
        var division = report.Errors.Single(e => e.RuleId == "B");
        Assert.Equal("a", division.Subject!.Id);
        Assert.Contains("divide by zero", division.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Verdict.NotFulfilled, report.Verdict);
    }

    [Fact]
    public void Evaluate_SameInputTwice_GivesIdenticalJson()
    {
        var rules = Build(RuleFile(Rules));
        var document = StrategyDocument.Parse(BaseStrategy + Strategy, filePath: "s.yaml");

        var first = ComplianceReportJson.Serialize(Evaluator(rules).Evaluate(document));
        var second = ComplianceReportJson.Serialize(Evaluator(rules).Evaluate(document));

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    public void Evaluate_UnderOtherCultures_GivesInvariantJson(string culture)
    {
        var rules = Build(RuleFile("""
              - id: R
                title: Budget
                severity: advisory
                for-each: priority
                let:
                  half: priority.budget / 2
                require: half > 1000
                message: "{priority.name}: {half} on {today}"
            """));
        var document = StrategyDocument.Parse(BaseStrategy + "priorities: [{ id: i, name: Industria, budget: 1234.5 }]\n");
        var expected = ComplianceReportJson.Serialize(Evaluator(rules).Evaluate(document));

        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var json = ComplianceReportJson.Serialize(Evaluator(rules).Evaluate(document));
            Assert.Equal(expected, json);
            Assert.Contains("\"message\": \"Industria: 617.25 on 2026-11-25\"", json, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Evaluate_ConcurrentEvaluations_MatchSequentialOnes()
    {
        var rules = Build(RuleFile(Rules));
        var documents = Enumerable.Range(1, 40)
            .Select(i => StrategyDocument.Parse(BaseStrategy + $"priorities:\n  - {{ id: a, name: A, budget: {i * 10} }}\n  - {{ id: b, name: B, budget: 150 }}\nstakeholders:\n  - {{ id: s, name: S, helix: {(i % 2 == 0 ? "business" : "research")} }}\n"))
            .ToList();
        var evaluator = Evaluator(rules);
        var sequential = documents.Select(d => ComplianceReportJson.Serialize(evaluator.Evaluate(d))).ToList();

        var parallel = new string[documents.Count];
        Parallel.For(0, documents.Count, i => parallel[i] = ComplianceReportJson.Serialize(evaluator.Evaluate(documents[i])));

        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Evaluate_BuiltInRulesOnAllCores_MatchSequentialByteForByte()
    {
        var rules = new S3Criteria.Engine.RuleSetBuilder().AddBuiltInRules().Build();
        var strategies = Enumerable.Range(0, 96).Select(seed => S3Criteria.Baseline.StrategyGenerator.Generate(seed, Today)).ToList();
        var evaluator = Evaluator(rules);
        var sequential = strategies.Select(s => ComplianceReportJson.Serialize(evaluator.Evaluate(s))).ToList();

        var parallel = new string[strategies.Count];
        Parallel.For(0, strategies.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 2 }, i =>
            parallel[i] = ComplianceReportJson.Serialize(evaluator.Evaluate(strategies[i])));

        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Evaluate_Provenance_RecordsRuleSetDocumentAndDate()
    {
        var rules = new S3Criteria.Engine.RuleSetBuilder()
            .AddYaml("rule-set: { id: test-set, version: 2.1 }\n" + RuleFile(Rules))
            .DisableRule("B", "Budgets are not in the draft yet.")
            .Build();
        var document = StrategyDocument.Parse(BaseStrategy + Strategy, filePath: "s.yaml");

        var provenance = Evaluator(rules).Evaluate(document).Provenance;

        Assert.Equal(("test-set", "2.1"), (provenance.RuleSetId, provenance.RuleSetVersion));
        Assert.Equal(rules.ContentHash, provenance.RuleSetHash);
        Assert.Equal(document.ContentHash, provenance.DocumentHash);
        Assert.Equal("s.yaml", provenance.DocumentPath);
        Assert.Equal(Today, provenance.EvaluationDate);
        Assert.Equal("Budgets are not in the draft yet.", Assert.Single(provenance.DisabledRules).Reason);
    }

    [Fact]
    public void Evaluate_StrategyBuiltInCode_Works()
    {
        var rules = Build(RuleFile(Rules));
        var strategy = StrategyDocument.Parse(BaseStrategy + Strategy).Strategy;

        var report = Evaluator(rules).Evaluate(strategy);

        Assert.Null(report.Provenance.DocumentPath);
        Assert.Null(report.Findings[0].Subject.Location);
    }
}
