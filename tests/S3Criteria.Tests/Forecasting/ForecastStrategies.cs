using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Forecasting;
using S3Criteria.Waivers;

namespace S3Criteria.Tests.Forecasting;

/// <summary>
/// A small strategy that fulfils every criterion of the built-in rules on 2026-11-25, with one partnership (INNOACE,
/// ending 2027-06-30) as its only cooperation measure, and the built-in rule set the forecast tests run.
/// </summary>
internal static class ForecastStrategies
{
    public static readonly RuleSet BuiltIn = new RuleSetBuilder().AddBuiltInRules().Build();

    public static readonly DateOnly From = new(2026, 11, 25);

    public const string Fulfilled = """
        id: t
        title: Test strategy
        region: { code: ITF4, name: Puglia, category: more-developed }
        period-start: 2021
        period-end: 2027
        status: adopted
        adopted: 2022-02-10
        analysis:
          updated: 2025-06-15
          covers-innovation-diffusion: true
          covers-digitalisation: true
        governance:
          body: Regional innovation agency
        monitoring:
          system: S3 observatory
          last-report: 2026-06-30
          evaluation-planned: true
        needs:
          research-innovation-system: true
          industrial-transition: false
          industrial-transition-justification: The region has no industry in transition.
        priorities:
          - { id: agri, name: Agri-food, domains: [agri-food] }
        partnerships:
          - id: innoace
            title: INNOACE
            instrument: interreg-c
            status: active
            start: 2024-01-01
            end: 2027-06-30
            priorities: [agri]
            domains: [agri-food]
            partners:
              - { name: Partner region, country: ES, helix: public-administration }
        stakeholders:
          - { id: agency, name: Agency, helix: public-administration, edp-participant: true, priorities: [agri] }
          - { id: firm, name: Firm, helix: business, edp-participant: true, priorities: [agri] }
        indicators:
          - { id: r1, name: Result, type: result, priority: agri, baseline: 1, baseline-year: 2021, target: 2, target-year: 2029 }
        actions:
          - { id: ris, title: Research infrastructure, type: research-innovation-system, priorities: [agri], budget: 100000, funding-source: ERDF, responsible: Agency }
        evidence:
          - { id: edp, title: Working group minutes, type: edp-working-group, date: 2026-05-01, criteria: [4] }

        """;

    /// <summary>The strategy with some of its text replaced, loaded as <c>strategy.yaml</c>.</summary>
    public static StrategyDocument Document(params (string Old, string New)[] edits)
    {
        var text = Fulfilled;
        foreach (var (old, @new) in edits)
        {
            Assert.Contains(old, text, StringComparison.Ordinal);
            text = text.Replace(old, @new, StringComparison.Ordinal);
        }

        return StrategyDocument.Parse(text, filePath: "strategy.yaml");
    }

    public static ComplianceForecast Forecast(StrategyDocument document, DateOnly? from = null, DateOnly? until = null, WaiverSet? waivers = null, RuleSet? rules = null) =>
        new ComplianceForecaster(rules ?? BuiltIn, new ComplianceForecastOptions
        {
            From = from ?? From,
            Until = until ?? ComplianceForecastOptions.DefaultUntil,
            Waivers = waivers ?? WaiverSet.Empty,
        }).Forecast(document);
}
