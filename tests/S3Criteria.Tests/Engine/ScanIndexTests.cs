using System.Globalization;
using System.Reflection;
using S3Criteria.Engine;
using S3Criteria.Model;
using S3Criteria.Reports;
using S3Criteria.Rules.Language;
using static S3Criteria.Tests.Support.RuleHarness;

namespace S3Criteria.Tests.Engine;

/// <summary>
/// The derived per-evaluation index for nested scans joined on a key: every join form the compiler recognises gives
/// the findings and texts of the same rule written so that it cannot be recognised (a full scan).
/// </summary>
public sealed class ScanIndexTests
{
    // Each pair: "I" reads the index (a join the rewriter recognises), "S" the same condition as a scan
    // (`not (k not in list)` and `not (a != b)` are not joins it recognises).
    private const string Rules = """
          - id: I1
            title: Indexed, key in the item's list
            severity: blocking
            for-each: priority
            require: count(p in partnerships where priority.id in p.priorities and p.status == active) >= 3
            message: "{count(p in partnerships where priority.id in p.priorities)} in {list(p.id for p in partnerships where priority.id in p.priorities)}"
          - id: S1
            title: Scanned, key in the item's list
            severity: blocking
            for-each: priority
            require: count(p in partnerships where p.status == active and not (priority.id not in p.priorities)) >= 3
            message: "{count(p in partnerships where not (priority.id not in p.priorities))} in {list(p.id for p in partnerships where not (priority.id not in p.priorities))}"
          - id: I2
            title: Indexed, item's key equals a value
            severity: blocking
            for-each: priority
            require: exists(i in indicators where i.priority == priority.id)
            message: "{count(i in indicators where i.priority == priority.id)}"
          - id: S2
            title: Scanned, item's key equals a value
            severity: blocking
            for-each: priority
            require: exists(i in indicators where not (i.priority != priority.id))
            message: "{count(i in indicators where not (i.priority != priority.id))}"
          - id: I3
            title: Indexed, item's key in a list
            severity: blocking
            for-each: partnership
            require: count(pr in priorities where pr.id in partnership.priorities) >= 2
            message: "{list(pr.id for pr in priorities where pr.id in partnership.priorities)}"
          - id: S3
            title: Scanned, item's key in a list
            severity: blocking
            for-each: partnership
            require: count(pr in priorities where not (pr.id not in partnership.priorities)) >= 2
            message: "{list(pr.id for pr in priorities where not (pr.id not in partnership.priorities))}"
          - id: I4
            title: Indexed, item's list shares a key (C7-12)
            severity: blocking
            for-each: partnership
            require: >
              exists(q in partnerships where q.id != partnership.id and q.status in [planned, active]
                     and exists(pr in q.priorities where pr in partnership.priorities))
            message: "{list(q.id for q in partnerships where exists(pr in q.priorities where pr in partnership.priorities))}"
          - id: S4
            title: Scanned, item's list shares a key
            severity: blocking
            for-each: partnership
            require: >
              exists(q in partnerships where q.id != partnership.id and q.status in [planned, active]
                     and exists(pr in q.priorities where not (pr not in partnership.priorities)))
            message: "{list(q.id for q in partnerships where exists(pr in q.priorities where not (pr not in partnership.priorities)))}"
        """;

    private const string Document = """
        priorities:
          - { id: a, name: A }
          - { id: b, name: B }
          - { id: c, name: C }
          - { id: d, name: D }
        partnerships:
          - { id: p1, title: P1, instrument: interreg-c, status: active, priorities: [a, b, a] }
          - { id: p2, title: P2, instrument: interreg-c, status: planned, priorities: [b] }
          - { id: p3, title: P3, instrument: interreg-c, status: active, priorities: [c, a] }
          - { id: p4, title: P4, instrument: interreg-c, status: lapsed, priorities: [c] }
          - { id: p5, title: P5, instrument: interreg-c, status: active, priorities: [] }
          - { id: p6, title: P6, instrument: interreg-c, status: active, priorities: [d, b] }
        indicators:
          - { id: i1, name: I1, type: result, priority: b }
          - { id: i2, name: I2, type: output }
          - { id: i3, name: I3, type: result, priority: b }

        """;

    [Fact]
    public void Evaluate_EveryJoinForm_GivesTheFindingsAndTextsOfAFullScan()
    {
        var report = Evaluate(RuleFile(Rules), Document);

        foreach (var pair in new[] { 1, 2, 3, 4 })
        {
            var indexed = Texts(report, $"I{pair}");
            var scanned = Texts(report, $"S{pair}");
            Assert.NotEmpty(indexed);
            Assert.Equal(scanned, indexed);
            Assert.Equal(Outcome(report, $"S{pair}"), Outcome(report, $"I{pair}"));
        }

        // Document order, each item once although p1 lists a twice.
        Assert.Contains(("a", "2 in p1, p3"), Texts(report, "I1"));
        Assert.Contains(("d", "1 in p6"), Texts(report, "I1"));
        Assert.Contains(("p5", "none"), Texts(report, "I4"));
    }

    [Fact]
    public void Run_EveryJoinForm_VisitsItemsInProportionToTheDocument()
    {
        // The work meter counts the items each rule's expressions visit (a rewriter that stopped recognising a join form, as
        // when the aggregates gained the meter's rule argument, turns C7-12 quadratic: it then fails at 4,000 partnerships). Four times the document: an indexed join visits
        // about four times the items, its scanned twin about sixteen times (which is what the index exists to avoid).
        var rules = Build(RuleFile(Rules));
        var small = Visited(rules, 200);
        var large = Visited(rules, 800);

        foreach (var pair in new[] { 1, 2, 3, 4 })
        {
            // An indexed join with nothing else to test visits no item at all (the lookup answers it): hence the + 1.
            var indexed = (large[$"I{pair}"] + 1.0) / (small[$"I{pair}"] + 1.0);
            var scanned = (double)large[$"S{pair}"] / small[$"S{pair}"];
            Assert.True(indexed <= 4 * 1.3, $"I{pair}: {small[$"I{pair}"]} -> {large[$"I{pair}"]} items (x{indexed:F1}) for four times the document");
            Assert.True(scanned >= 10, $"S{pair}: x{scanned:F1}; the scanned twin no longer shows what a scan costs");
        }
    }

    /// <summary>How many items each rule's expressions visit on a strategy with <paramref name="size"/> priorities, partnerships and indicators.</summary>
    private static Dictionary<string, long> Visited(RuleSet rules, int size)
    {
        var yaml = new System.Text.StringBuilder(BaseStrategy).Append("priorities:\n");
        for (var i = 0; i < size; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: pr{i}, name: P{i} }}\n");
        }

        yaml.Append("partnerships:\n");
        for (var i = 0; i < size; i++)
        {
            var status = i % 3 == 0 ? "planned" : "active";
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: pa{i}, title: T, instrument: interreg-c, status: {status}, priorities: [pr{i}, pr{(i * 7) % size}] }}\n");
        }

        yaml.Append("indicators:\n");
        for (var i = 0; i < size; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: in{i}, name: I{i}, type: result, priority: pr{(i * 3) % size} }}\n");
        }

        var strategy = S3Criteria.Documents.StrategyDocument.Parse(yaml.ToString(), filePath: "strategy.yaml").Strategy;
        var meter = new WorkMeter(rules.Compiled.Count, long.MaxValue, CancellationToken.None);
        using (meter.Activate())
        {
            rules.Run(new EvaluationScope(strategy, Today));
        }

        return rules.Compiled.ToDictionary(r => r.Descriptor.Id, r => meter.Used(r.Index));
    }

    [Fact]
    public void Items_ListKey_FilesEachItemOnceUnderEachKeyInDocumentOrder()
    {
        var scope = new EvaluationScope(StrategyWith(("p1", ["a", "b", "a"]), ("p2", ["b"]), ("p3", [])), Today);
        var index = ScanIndex.For(Property(nameof(S3Criteria.Model.Strategy.Partnerships)), [typeof(Partnership).GetProperty(nameof(Partnership.Priorities))!], keyIsList: true);

        Assert.Equal(["p1"], ScanIndex.Items<Partnership>(scope, index, "a").Select(p => p.Id));
        Assert.Equal(["p1", "p2"], ScanIndex.Items<Partnership>(scope, index, "b").Select(p => p.Id));
        Assert.Empty(ScanIndex.Items<Partnership>(scope, index, "z"));
        Assert.Equal(["p1", "p2"], ScanIndex.ItemsOfAny<Partnership>(scope, index, ["b", "a", "z"]).Select(p => p.Id));
        Assert.Same(ScanIndex.Items<Partnership>(scope, index, "b"), ScanIndex.Items<Partnership>(scope, index, "b"));
    }

    [Fact]
    public void Items_NewEvaluation_BuildsItsOwnIndex()
    {
        var index = ScanIndex.For(Property(nameof(S3Criteria.Model.Strategy.Partnerships)), [typeof(Partnership).GetProperty(nameof(Partnership.Priorities))!], keyIsList: true);

        var first = ScanIndex.Items<Partnership>(new EvaluationScope(StrategyWith(("p1", ["a"])), Today), index, "a");
        var second = ScanIndex.Items<Partnership>(new EvaluationScope(StrategyWith(("p2", ["a"])), Today), index, "a");

        Assert.Equal("p1", Assert.Single(first).Id);
        Assert.Equal("p2", Assert.Single(second).Id);
    }

    private static PropertyInfo Property(string name) => typeof(S3Criteria.Model.Strategy).GetProperty(name)!;

    private static S3Criteria.Model.Strategy StrategyWith(params (string Id, string[] Priorities)[] partnerships)
    {
        var yaml = BaseStrategy + "priorities: [{ id: a, name: A }, { id: b, name: B }]\npartnerships:\n" + string.Concat(partnerships.Select(p =>
            $"  - {{ id: {p.Id}, title: {p.Id}, instrument: interreg-c, status: active, priorities: [{string.Join(", ", p.Priorities)}] }}\n"));
        return S3Criteria.Documents.StrategyDocument.Parse(yaml, filePath: "strategy.yaml").Strategy;
    }

    private static List<(string, string)> Texts(ComplianceReport report, string rule) =>
        [.. report.Findings.Where(f => f.RuleId == rule).Select(f => (f.Subject.Id, f.Message))];

    private static RuleOutcome Outcome(ComplianceReport report, string rule) => report.Rules.Single(r => r.RuleId == rule).Outcome;
}
