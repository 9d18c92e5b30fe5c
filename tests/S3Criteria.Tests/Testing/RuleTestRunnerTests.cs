using S3Criteria.Testing;
using static S3Criteria.Tests.Support.RuleHarness;

namespace S3Criteria.Tests.Testing;

public sealed class RuleTestRunnerTests
{
    private static readonly S3Criteria.Engine.RuleSet Rules = Build(RuleFile("""
          - id: R1
            title: Every priority has an active partnership
            severity: blocking
            for-each: priority
            require: exists(p in partnerships where priority.id in p.priorities and p.status == active)
            message: no partnership
          - id: R2
            title: Lagging regions only
            severity: advisory
            applies-when: strategy.region.lagging != none
            require: count(partnerships) > 0
            message: none
        """));

    private const string Tests = """
        date: 2026-11-25
        base:
          id: base
          title: Base
          region: { code: ITF4, name: Puglia, category: less-developed, lagging: low-growth }
          period-start: 2021
          period-end: 2027
          priorities:
            - { id: a, name: A }
            - { id: b, name: B }
          partnerships:
            - { id: p, title: P, instrument: i3, status: active, priorities: [a] }
        cases:
          - name: b has no partnership
            expect:
              R1: [b]
              R2: passes
          - name: patch by id activates b
            patch:
              partnerships:
                p: { priorities: [a, b] }
            expect:
              R1: []
          - name: not lagging
            patch:
              region: { lagging: none }
            expect:
              R2: not-applicable
          - name: a wrong expectation
            patch:
              partnerships: []
            expect:
              R1: [a]
              R2: passes
        """;

    [Fact]
    public void RunText_Cases_PassOrFailWithADiff()
    {
        var run = new RuleTestRunner(Rules).RunText(Tests, "r.tests.yaml");

        Assert.Empty(run.Diagnostics);
        Assert.Equal([true, true, true, false], run.Cases.Select(c => c.Passed));
        var failed = run.Cases[3];
        Assert.Equal("a wrong expectation", failed.Name);
        Assert.Equal(new S3Criteria.Diagnostics.SourceLocation("r.tests.yaml", 29, 5), failed.Location);
        Assert.Equal(
            ["R1: expected findings for [a], but it failed for [a, b].", "R2: expected it to pass, but it failed for [strategy]."],
            failed.Failures);
        Assert.False(run.Passed);
    }

    [Fact]
    public void RunText_Coverage_NamesRulesWithoutBothKindsOfCase()
    {
        var run = new RuleTestRunner(Rules).RunText(Tests.Replace("      R2: passes\n          - name: patch", "          - name: patch", StringComparison.Ordinal));

        Assert.Equal(["R2"], run.RulesWithoutFiringCase);
        Assert.Empty(run.RulesWithoutNotFiringCase);
    }

    [Fact]
    public void RunText_UnknownRuleAndInvalidStrategy_AreReported()
    {
        var run = new RuleTestRunner(Rules).RunText("""
            cases:
              - name: typo
                strategy: { id: s, title: T, region: { code: ITF4, name: P, category: less-developed }, period-start: 2021, period-end: 2027 }
                expect: { R3: passes }
              - name: bad strategy
                strategy: { id: s, title: T, region: { code: ITF4, name: P, category: rich }, period-start: 2021, period-end: 2027 }
                expect: { R1: passes }
            """);

        Assert.Equal("R3: no such rule in the rule set. Did you mean 'R1'?", Assert.Single(run.Cases[0].Failures));
        Assert.Contains("region.category: 'rich' is not a cohesion category", Assert.Single(run.Cases[1].Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void RunText_MalformedFile_GivesLocatedDiagnostics()
    {
        var run = new RuleTestRunner(Rules).RunText("cases:\n  - name: x\n    expct: { R1: passes }\n", "t.tests.yaml");

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(new S3Criteria.Diagnostics.SourceLocation("t.tests.yaml", 3, 5), diagnostic.Location);
        Assert.Contains("Did you mean 'expect'?", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(run.Passed);
    }
}
