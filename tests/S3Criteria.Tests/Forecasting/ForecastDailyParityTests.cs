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
/// on the day it happens. Checked day by day: on every sample over one year whose first day is drawn from a fixed seed
/// (so the runs are the same every time and no test reads the clock), on two samples over 2026-11-25 to 2029-12-31, and
/// on a strategy whose dates sit on month ends and a leap day, with waivers. S3C_FORECAST_DAILY=all checks every sample
/// over the whole period.
/// </summary>
public sealed class ForecastDailyParityTests
{
    private static readonly DateOnly Until = ComplianceForecastOptions.DefaultUntil;

    private const int Seed = 20261125;

    private const int WindowDays = 366;

    /// <summary>Every sample with the first day of its window: drawn from <see cref="Seed"/> in 2025-01-01..2028-12-30.</summary>
    public static TheoryData<string, string> SampleWindows()
    {
        var random = new Random(Seed);
        var first = new DateOnly(2025, 1, 1);
        var data = new TheoryData<string, string>();
        foreach (var sample in AllSamples())
        {
            data.Add(sample, first.AddDays(random.Next(0, 4 * 365)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        return data;
    }

    public static TheoryData<string> WholePeriodSamples() =>
        [.. Environment.GetEnvironmentVariable("S3C_FORECAST_DAILY") == "all" ? AllSamples() : ["exemplary.yaml", "centro.yaml"]];

    [Theory]
    [MemberData(nameof(SampleWindows))]
    public void Forecast_SampleOverASeededYear_ChangesOnTheDaysADailyEvaluationChanges(string sample, string first)
    {
        var document = StrategyDocument.Load(Path.Combine(AppContext.BaseDirectory, "samples", "strategies", sample));
        var from = DateOnly.ParseExact(first, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        AssertDailyParity(document, WaiverSet.Empty, from, from.AddDays(WindowDays - 1));
    }

    [Theory]
    [MemberData(nameof(WholePeriodSamples))]
    public void Forecast_SampleOverThePeriod_ChangesOnTheDaysADailyEvaluationChanges(string sample)
    {
        var document = StrategyDocument.Load(Path.Combine(AppContext.BaseDirectory, "samples", "strategies", sample));

        var changes = AssertDailyParity(document, WaiverSet.Empty, From, Until);

        // The two samples checked by default change in the period, so the comparison is not vacuous; others (with
        // S3C_FORECAST_DAILY=all) may not: weak-draft fails the same rules every day.
        if (sample is "exemplary.yaml" or "centro.yaml")
        {
            Assert.NotEmpty(changes);
        }
    }

    private static List<string> AllSamples() =>
        [.. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "samples", "strategies"), "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

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

        var changes = AssertDailyParity(document, waivers, From, Until);

        Assert.Contains(new DateOnly(2027, 6, 1), changes);
        Assert.Contains(new DateOnly(2028, 9, 1), changes);
    }

    /// <returns>The days on which the daily evaluation changes.</returns>
    private static List<DateOnly> AssertDailyParity(StrategyDocument document, WaiverSet waivers, DateOnly from, DateOnly until)
    {
        var forecast = Forecast(document, from, until, waivers);
        var evaluator = new ComplianceEvaluator(BuiltIn, new ComplianceEvaluatorOptions { Waivers = waivers });

        var daily = new List<DateOnly>();
        var previous = State(evaluator.EvaluateOn(document.Strategy, document, from));
        for (var day = from.AddDays(1); day <= until; day = day.AddDays(1))
        {
            var state = State(evaluator.EvaluateOn(document.Strategy, document, day));
            if (state != previous)
            {
                daily.Add(day);
            }

            Assert.Equal(state.Split('|')[0], string.Join(",", new[] { forecast.VerdictOn(day) }.Concat(forecast.Criteria.Select(c => c.VerdictOn(day))).Select(v => Naming.EnumName(v))));
            previous = state;
        }

        Assert.Equal(daily, forecast.Changes.Select(c => c.Date));
        Assert.True(forecast.EvaluatedDates.Count < (until.DayNumber - from.DayNumber) / 4, $"{forecast.EvaluatedDates.Count} evaluations: the change points look sampled.");
        return daily;
    }

    /// <summary>The verdicts, then every finding by rule, subject, status and whether it is waived.</summary>
    private static string State(ComplianceReport report) =>
        string.Join(",", new[] { report.Verdict }.Concat(report.Criteria.Select(c => c.Verdict)).Select(v => Naming.EnumName(v))) + "|"
        + string.Join(";", report.Findings.Select(f => $"{f.RuleId}/{f.Subject.Kind}/{f.Subject.Id}/{f.Status}/{f.IsWaived}"));
}
