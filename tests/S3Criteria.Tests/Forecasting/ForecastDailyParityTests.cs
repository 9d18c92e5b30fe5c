using S3Criteria.Documents;
using S3Criteria.Evaluation;
using S3Criteria.Forecasting;
using S3Criteria.Model;
using S3Criteria.Reports;
using S3Criteria.Waivers;
using static S3Criteria.Tests.Forecasting.ForecastStrategies;

namespace S3Criteria.Tests.Forecasting;

/// <summary>
/// The change points are derived, not sampled, so they must find every change an evaluation on every single day finds,
/// on the day it happens. Checked day by day over 2026-11-25 to 2029-12-31 on two samples and on a strategy whose dates
/// sit on month ends and a leap day; S3C_FORECAST_DAILY=all checks every sample.
/// </summary>
public sealed class ForecastDailyParityTests
{
    private static readonly DateOnly Until = ComplianceForecastOptions.DefaultUntil;

    public static TheoryData<string> Samples()
    {
        var all = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "samples", "strategies"), "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        return [.. Environment.GetEnvironmentVariable("S3C_FORECAST_DAILY") == "all" ? all : ["exemplary.yaml", "centro.yaml"]];
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Forecast_Sample_ChangesOnTheDaysADailyEvaluationChanges(string sample)
    {
        var document = StrategyDocument.Load(Path.Combine(AppContext.BaseDirectory, "samples", "strategies", sample));

        AssertDailyParity(document, WaiverSet.Empty);
    }

    [Fact]
    public void Forecast_DatesOnMonthEndsLeapDayAndWaivers_ChangesOnTheDaysADailyEvaluationChanges()
    {
        var document = Document(
            ("updated: 2025-06-15", "updated: 2024-02-29"),
            ("end: 2027-06-30", "end: 2028-02-29"),
            ("last-report: 2026-06-30", "last-report: 2026-08-31"),
            ("date: 2026-05-01", "date: 2026-12-31"),
            ("      - { name: Partner region, country: ES, helix: public-administration }\n", """
                  - { name: Partner region, country: ES, helix: public-administration }
              - id: second
                title: Second partnership
                instrument: horizon-europe
                status: active
                start: 2027-01-31
                end: 2029-03-31
                priorities: [agri]
                partners:
                  - { name: University, country: FR, helix: research }

            """));
        var waivers = WaiverSet.Parse("""
            waivers:
              - { rule: C1-01, reason: Update under way., expires: 2027-05-31 }
              - { rule: C7-08, subject: innoace, reason: Extension being signed., expires: 2028-08-31 }
            """);

        AssertDailyParity(document, waivers);
    }

    private static void AssertDailyParity(StrategyDocument document, WaiverSet waivers)
    {
        var forecast = Forecast(document, From, Until, waivers);
        var evaluator = new ComplianceEvaluator(BuiltIn, new ComplianceEvaluatorOptions { Waivers = waivers });

        var daily = new List<DateOnly>();
        var previous = State(evaluator.EvaluateOn(document.Strategy, document, From));
        for (var day = From.AddDays(1); day <= Until; day = day.AddDays(1))
        {
            var state = State(evaluator.EvaluateOn(document.Strategy, document, day));
            if (state != previous)
            {
                daily.Add(day);
            }

            Assert.Equal(state.Split('|')[0], string.Join(",", new[] { forecast.VerdictOn(day) }.Concat(forecast.Criteria.Select(c => c.VerdictOn(day))).Select(Naming.EnumName)));
            previous = state;
        }

        Assert.Equal(daily, forecast.Changes.Select(c => c.Date));
        Assert.True(forecast.EvaluatedDates.Count < (Until.DayNumber - From.DayNumber) / 4, $"{forecast.EvaluatedDates.Count} evaluations: the change points look sampled.");
    }

    /// <summary>The verdicts, then every finding by rule, subject, status and whether it is waived.</summary>
    private static string State(ComplianceReport report) =>
        string.Join(",", new[] { report.Verdict }.Concat(report.Criteria.Select(c => c.Verdict)).Select(Naming.EnumName)) + "|"
        + string.Join(";", report.Findings.Select(f => $"{f.RuleId}/{f.Subject.Kind}/{f.Subject.Id}/{f.Status}/{f.IsWaived}"));
}
