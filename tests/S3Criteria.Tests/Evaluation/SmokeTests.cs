using S3Criteria.Documents;
using S3Criteria.Evaluation;
using S3Criteria.Reporting;
using S3Criteria.Rules;

namespace S3Criteria.Tests.Evaluation;

public sealed class SmokeTests
{
    [Fact]
    public void Evaluate_TinyRuleAndStrategy_ReportsFindingAndPass()
    {
        var rules = new RuleSetBuilder().AddYaml("""
            criterion: { id: C7, title: Cooperation }
            parameters:
              min-active: 1
            rules:
              - id: R1
                title: Each priority has an active foreign partnership
                severity: blocking
                for-each: priority
                let:
                  active: count(p in partnerships where priority.id in p.priorities and p.status == active and exists(x in p.partners where x.country != strategy.country))
                require: active >= min-active
                message: 'Priority "{priority.name}" has {active} active partnerships abroad; {min-active} expected.'
                recommendation: Join a thematic partnership.
                references: [Regulation (EU) 2021/1060, Annex IV]
              - id: R2
                title: Some partnership exists
                severity: advisory
                require: exists(p in partnerships where p.status == active)
                message: No active partnership.
            """).Build();
        var document = StrategyDocument.Parse("""
            id: s
            title: Test
            region: { code: ITF4, name: Puglia, category: less-developed }
            period-start: 2021
            period-end: 2027
            priorities:
              - { id: a, name: Aerospace }
              - { id: b, name: Agri-food }
            partnerships:
              - id: p1
                title: P1
                instrument: interreg-europe
                status: active
                priorities: [a]
                partners: [{ name: X, country: ES }]
            """);
        var report = new ComplianceEvaluator(rules).Evaluate(document);
        var json = ComplianceReportJson.Serialize(report);
        Assert.Single(report.Findings);
        Assert.Equal("b", report.Findings[0].Subject.Id);
        Assert.Equal("Priority \"Agri-food\" has 0 active partnerships abroad; 1 expected.", report.Findings[0].Message);
        Assert.Equal(RuleOutcome.Passed, report.Rules[1].Outcome);
        Assert.Contains("\"verdict\": \"not-fulfilled\"", json, StringComparison.Ordinal);
    }
}
