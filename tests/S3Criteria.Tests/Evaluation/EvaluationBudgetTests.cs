using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Evaluation;
using S3Criteria.Reports;
using S3Criteria.Rules.Language;
using S3Criteria.Tests.Support;
using static S3Criteria.Tests.Support.RuleHarness;

namespace S3Criteria.Tests.Evaluation;

/// <summary>
/// The evaluation budget: a rule whose expressions visit more collection items than the work limit is stopped and
/// reported as a located rule error, wherever its loops run (while facts are inserted, while rules fire, while findings
/// are explained); a cancelled evaluation stops.
/// </summary>
public sealed class EvaluationBudgetTests
{
    /// <summary>Six nested <c>exists</c> over partnerships: 41 partnerships make 41^6 (4.75 billion) visits.</summary>
    private const string SixNested = """
          - id: SLOW
            title: Six nested exists
            severity: blocking
            require: "exists(a in partnerships where exists(b in partnerships where exists(c in partnerships where exists(d in partnerships where exists(e in partnerships where exists(f in partnerships where f.id == 'none'))))))"
            message: m
          - id: FAST
            title: Any priority
            severity: blocking
            require: "count(priorities) >= 1"
            message: m
        """;

    private static string Partnerships(int count) =>
        "priorities: [{ id: a, name: A }]\npartnerships:\n" + string.Concat(Enumerable.Range(0, count).Select(i =>
            $"  - {{ id: p{i}, title: T, instrument: interreg-a, status: active, priorities: [a] }}\n"));

    private static ComplianceEvaluator Evaluator(RuleSet rules, long workLimit) =>
        new(rules, new ComplianceEvaluatorOptions { TimeProvider = new FixedTime(Today), WorkLimit = workLimit });

    [Fact]
    public void Evaluate_SixNestedExistsOverPartnerships_StopsAtTheLimitAsALocatedRuleError()
    {
        var rules = Build(RuleFile(SixNested));
        var document = StrategyDocument.Parse(BaseStrategy + Partnerships(41), filePath: "s.yaml");

        var report = Evaluator(rules, 100_000).Evaluate(document);

        var slow = report.Rules.Single(r => r.RuleId == "SLOW");
        Assert.Equal(RuleOutcome.Error, slow.Outcome);
        var error = Assert.Single(report.Errors);
        Assert.Equal("SLOW", error.RuleId);
        Assert.Equal(new S3Criteria.Diagnostics.SourceLocation("rules.yaml", 4, 9), error.Location);
        Assert.Contains("more than 100000 collection items", error.Message, StringComparison.Ordinal);
        Assert.Contains("(defined at rules.yaml(4,9))", error.Message, StringComparison.Ordinal);
        Assert.Equal(RuleOutcome.Passed, report.Rules.Single(r => r.RuleId == "FAST").Outcome);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Evaluate_NestedExistsInAForEachRule_CountsWhileFactsAreInserted()
    {
        // A rule about each partnership runs its condition as the partnership is inserted, not when rules fire. The inner
        // condition reads the subject (a condition that does not is tested once, on the scope), the inner filter reads b
        // and joins on no text key (so no derived index makes it linear, ScanIndexRewriter): about 60 x 60 x 60 items.
        var rules = Build(RuleFile("""
              - id: EACH
                title: Each partnership has a twin
                severity: blocking
                for-each: partnership
                require: "exists(b in partnerships where b.id != partnership.id and exists(c in partnerships where c.id != b.id and c.status == planned))"
                message: m
            """));
        var document = StrategyDocument.Parse(BaseStrategy + Partnerships(60), filePath: "s.yaml");

        var stopped = Evaluator(rules, 50_000).Evaluate(document);
        var enough = Evaluator(rules, 60 * 60 * 60 + 60 * 60).Evaluate(document);

        Assert.Equal(RuleOutcome.Error, Assert.Single(stopped.Rules).Outcome);
        Assert.Equal("EACH", Assert.Single(stopped.Errors).RuleId);
        Assert.Empty(stopped.Findings);
        Assert.Equal(RuleOutcome.Failed, Assert.Single(enough.Rules).Outcome);
        Assert.Equal(60, enough.Findings.Count);
        Assert.Empty(enough.Errors);
    }

    [Fact]
    public void Evaluate_ListFieldMembership_CountsAgainstTheBudget()
    {
        var rules = Build(RuleFile("""
              - id: IN
                title: Domains
                severity: info
                for-each: priority
                require: "count(p in partnerships where 'x' in p.priorities) >= 0"
                message: m
            """));
        var document = StrategyDocument.Parse(BaseStrategy + Partnerships(100), filePath: "s.yaml");

        var report = Evaluator(rules, 150).Evaluate(document);

        Assert.Equal(RuleOutcome.Error, Assert.Single(report.Rules).Outcome);
        Assert.Equal(RuleOutcome.Passed, Assert.Single(Evaluator(rules, 200).Evaluate(document).Rules).Outcome);
    }

    [Fact]
    public void Message_TemplateIteratingPastTheLimit_SaysSoInsteadOfRunningOn()
    {
        // The condition visits nothing; the message, rendered when first read (after the evaluation), visits 41^3 items.
        var rules = Build(RuleFile("""
              - id: TEXT
                title: Heavy message
                severity: blocking
                require: "count(priorities) == 0"
                message: "{count(a in partnerships where exists(b in partnerships where exists(c in partnerships where c.id == 'none')))} triples"
            """));
        var document = StrategyDocument.Parse(BaseStrategy + Partnerships(41), filePath: "s.yaml");

        var stopped = Assert.Single(Evaluator(rules, 10_000).Evaluate(document).Findings);
        var enough = Assert.Single(Evaluator(rules, 41 * 41 * 41 + 41 * 41 + 41).Evaluate(document).Findings);

        Assert.Equal("(cannot be computed: it needs more than 10000 collection items, the evaluation's work limit)", stopped.Message);
        Assert.Equal("0 triples", enough.Message);
    }

    [Fact]
    public void Evaluate_BuiltInRulesOnEverySample_StayFarBelowTheDefault()
    {
        var rules = new RuleSetBuilder().AddBuiltInRules().Build();
        var most = 0L;
        foreach (var file in Directory.EnumerateFiles(Repository.File("samples", "strategies"), "*.yaml"))
        {
            most = Math.Max(most, MostUsed(rules, StrategyDocument.Load(file).Strategy));
        }

        foreach (var seed in Enumerable.Range(0, 8))
        {
            most = Math.Max(most, MostUsed(rules, S3Criteria.Baseline.StrategyGenerator.Generate(seed, Today)));
        }

        Assert.InRange(most, 1, ComplianceEvaluatorOptions.DefaultWorkLimit / 1000);
    }

    [Fact]
    public void Evaluate_CancelledToken_ThrowsOperationCanceled()
    {
        var document = StrategyDocument.Parse(BaseStrategy + Partnerships(3), filePath: "s.yaml");
        var evaluator = Evaluator(Build(RuleFile(SixNested)), ComplianceEvaluatorOptions.DefaultWorkLimit);

        Assert.Throws<OperationCanceledException>(() => evaluator.Evaluate(document, new CancellationToken(canceled: true)));
        Assert.Throws<OperationCanceledException>(() => ((IComplianceEvaluator)evaluator).Evaluate(document.Strategy, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Evaluate_CancelledWhileRulesLoop_StopsThem()
    {
        // With no work limit this rule would visit 41^6 items (hours); the token stops it from inside its loops. The delay
        // only starts the cancellation: nothing is asserted about time, and a loop that ignored the token would hang here.
        var document = StrategyDocument.Parse(BaseStrategy + Partnerships(41), filePath: "s.yaml");
        var evaluator = Evaluator(Build(RuleFile(SixNested)), long.MaxValue);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        Assert.ThrowsAny<OperationCanceledException>(() => evaluator.Evaluate(document, cancellation.Token));
    }

    [Fact]
    public void Constructor_WorkLimitNotPositive_Throws()
    {
        var rules = Build(RuleFile(SixNested));

        Assert.Throws<ArgumentOutOfRangeException>(() => Evaluator(rules, 0));
    }

    private static long MostUsed(RuleSet rules, S3Criteria.Model.Strategy strategy)
    {
        var meter = new WorkMeter(rules.Compiled.Count, long.MaxValue, CancellationToken.None);
        using (meter.Activate())
        {
            rules.Run(new EvaluationScope(strategy, Today));
        }

        return meter.MostUsed;
    }
}
