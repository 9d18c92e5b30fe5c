using S3Criteria.Engine;
using S3Criteria.Forecasting;
using S3Criteria.Reports;
using S3Criteria.Rules;
using S3Criteria.Waivers;
using S3Criteria.Writers;
using static S3Criteria.Tests.Forecasting.ForecastStrategies;

namespace S3Criteria.Tests.Forecasting;

public sealed class ComplianceForecasterTests
{
    private const string C1 = "EC1.1-C1";
    private const string C4 = "EC1.1-C4";
    private const string C7 = "EC1.1-C7";

    private static CriterionTimeline Criterion(ComplianceForecast forecast, string id) => Assert.Single(forecast.Criteria, c => c.CriterionId == id);

    private static void AssertIntervals(IReadOnlyList<VerdictInterval> intervals, params (string Start, string End, Verdict Verdict)[] expected) =>
        Assert.Equal(
            expected.Select(e => (DateOnly.Parse(e.Start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(e.End, System.Globalization.CultureInfo.InvariantCulture), e.Verdict)),
            intervals.Select(i => (i.Start, i.End, i.Verdict)));

    [Fact]
    public void Forecast_LastPartnershipEndsMidPeriod_C7LapsesTheDayAfterItsEndAndTheChangeNamesIt()
    {
        var forecast = Forecast(Document());

        AssertIntervals(Criterion(forecast, C7).Intervals, ("2026-11-25", "2027-06-30", Verdict.Fulfilled), ("2027-07-01", "2029-12-31", Verdict.NotFulfilled));
        var change = Assert.Single(forecast.Changes, c => c.Criteria.Any(v => v.CriterionId == C7));
        Assert.Equal(new DateOnly(2027, 7, 1), change.Date);
        Assert.True(change.IsLapse);
        Assert.Equal(new DateOnly(2027, 7, 1), forecast.FirstLapse);
        var cause = Assert.Single(change.Causes);
        Assert.Equal(ChangeCauseKind.DocumentDate, cause.Kind);
        Assert.Equal("partnerships[0].end", cause.Path);
        Assert.Equal("innoace", cause.Subject?.Id);
        Assert.Equal(new DateOnly(2027, 6, 30), cause.Date);
        Assert.True(cause.DayAfter);
        Assert.True(cause.Offset.IsNone);
        Assert.Equal(30, cause.Location?.Line);
        Assert.Contains(change.Findings, f => f.Kind == FindingChangeKind.Appears && f.Finding.RuleId == "C7-02" && f.Finding.Severity == Severity.Blocking && f.Causes.Contains(cause));
        Assert.Contains("INNOACE", ForecastText.Cause(cause), StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_AnotherPartnershipStillRunning_C7StaysFulfilledAndOnlyFindingsChange()
    {
        var forecast = Forecast(Document(("      - { name: Partner region, country: ES, helix: public-administration }\n", """
                  - { name: Partner region, country: ES, helix: public-administration }
              - id: second
                title: Second partnership
                instrument: horizon-europe
                status: active
                start: 2024-01-01
                end: 2029-12-31
                priorities: [agri]
                domains: [agri-food]
                partners:
                  - { name: University, country: FR, helix: research }

            """)));

        Assert.Single(Criterion(forecast, C7).Intervals);
        var change = Assert.Single(forecast.Changes, c => c.Date == new DateOnly(2027, 7, 1));
        Assert.Empty(change.Criteria);
        Assert.Contains(change.Findings, f => f.Kind == FindingChangeKind.Appears && f.Finding.RuleId == "C7-08" && f.Finding.Subject.Id == "innoace");
    }

    [Theory]
    [InlineData(null, "2028-06-16")]
    [InlineData("2", "2027-06-16")]
    public void Forecast_AnalysisUpdateDate_C1LapsesOnTheDateTheAgeParameterGives(string? years, string lapse)
    {
        var rules = years is null ? BuiltIn : new RuleSetBuilder().AddBuiltInRules().SetParameter("max-analysis-age-years", years).Build();

        var forecast = Forecast(Document(("end: 2027-06-30", "end: 2029-12-31")), rules: rules);

        var day = DateOnly.Parse(lapse, System.Globalization.CultureInfo.InvariantCulture);
        AssertIntervals(Criterion(forecast, C1).Intervals, ("2026-11-25", day.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Verdict.Fulfilled), (lapse, "2029-12-31", Verdict.NotFulfilled));
        var change = Assert.Single(forecast.Changes, c => c.Criteria.Any(v => v.CriterionId == C1));
        var appears = Assert.Single(change.Findings, f => f.Finding.RuleId == "C1-01");
        Assert.Equal(FindingChangeKind.Appears, appears.Kind);
        var cause = Assert.Single(appears.Causes);
        Assert.Equal("analysis.updated", cause.Path);
        Assert.Equal(new DateOnly(2025, 6, 15), cause.Date);
        Assert.Equal(years is null ? 3 : 2, cause.Offset.Years);
        Assert.Equal("max-analysis-age-years", Assert.Single(cause.Parameters).Name);
        Assert.Contains(forecast.Renewals, r => r.CriterionId == C1 && r.Finding.RuleId == "C1-01" && r.RenewBy == day.AddDays(-1) && r.Finding.Recommendation is not null);
    }

    [Fact]
    public void Forecast_RuleWarningOffset_IsAChangePointOfItsOwn()
    {
        var forecast = Forecast(Document(("end: 2027-06-30", "end: 2029-12-31")));

        // C1-04 warns 12 months (analysis-refresh-warning-months) before the analysis passes the accepted age.
        var change = Assert.Single(forecast.Changes, c => c.Date == new DateOnly(2027, 6, 15));
        var warning = Assert.Single(change.Findings);
        Assert.Equal("C1-04", warning.Finding.RuleId);
        var cause = Assert.Single(warning.Causes);
        Assert.Equal((3, -12, 0), (cause.Offset.Years, cause.Offset.Months, cause.Offset.Days));
        Assert.Equal(["analysis-refresh-warning-months", "max-analysis-age-years"], cause.Parameters.Select(p => p.Name));
        Assert.Contains(forecast.Changes, c => c.Date == new DateOnly(2028, 6, 16) && c.Findings.Any(f => f.Kind == FindingChangeKind.Disappears && f.Finding.RuleId == "C1-04"));
    }

    [Fact]
    public void Forecast_WaiverExpires_ShowsAsAChangeWithTheWaiverAsCause()
    {
        var waivers = WaiverSet.Parse("""
            waivers:
              - { rule: C1-01, reason: Update under way., expires: 2027-05-31 }
            """, "waivers.yaml");

        var forecast = Forecast(Document(("updated: 2025-06-15", "updated: 2022-05-31"), ("end: 2027-06-30", "end: 2029-12-31")), waivers: waivers);

        AssertIntervals(Criterion(forecast, C1).Intervals, ("2026-11-25", "2027-05-31", Verdict.Fulfilled), ("2027-06-01", "2029-12-31", Verdict.NotFulfilled));
        var change = Assert.Single(forecast.Changes, c => c.Date == new DateOnly(2027, 6, 1));
        Assert.True(change.IsLapse);
        var expired = Assert.Single(change.Findings);
        Assert.Equal(FindingChangeKind.WaiverExpires, expired.Kind);
        Assert.Equal("C1-01", expired.Finding.RuleId);
        var cause = Assert.Single(expired.Causes);
        Assert.Equal(ChangeCauseKind.WaiverExpiry, cause.Kind);
        Assert.Equal(new DateOnly(2027, 5, 31), cause.Date);
        Assert.Equal("waivers.yaml", cause.Location?.FilePath);
        Assert.Same(waivers.Waivers[0], cause.Waiver);
    }

    [Fact]
    public void Forecast_StaysFulfilled_GivesOneIntervalPerCriterionUpToTheConfiguredEnd()
    {
        var until = new DateOnly(2027, 5, 31);

        var forecast = Forecast(Document(), until: until);

        Assert.True(forecast.IsFulfilledThroughout);
        Assert.Null(forecast.FirstLapse);
        Assert.Empty(forecast.Renewals);
        AssertIntervals(forecast.Condition, ("2026-11-25", "2027-05-31", Verdict.Fulfilled));
        Assert.Equal(8, forecast.Criteria.Count);
        Assert.All(forecast.Criteria, c => Assert.Equal((From, until), (Assert.Single(c.Intervals).Start, c.Intervals[0].End)));
        Assert.All(forecast.EvaluatedDates, d => Assert.InRange(d, From, until));
    }

    [Fact]
    public void Forecast_DefaultEnd_IsTheLastDayOfEligibleExpenditure()
    {
        var forecast = Forecast(Document());

        Assert.Equal(new DateOnly(2029, 12, 31), forecast.Until);
        Assert.Equal(ComplianceForecastOptions.DefaultUntil, new ComplianceForecastOptions().Until);
        Assert.All(forecast.Criteria, c => Assert.Equal(forecast.Until, c.Intervals[^1].End));
    }

    [Fact]
    public void Forecast_SeveralLapses_ListsRenewalsByDateWithRecommendations()
    {
        var forecast = Forecast(Document());

        Assert.Equal(["EC1.1-C7", "EC1.1-C4", "EC1.1-C1"], forecast.Renewals.Select(r => r.CriterionId).Distinct());
        Assert.Equal(forecast.Renewals.OrderBy(r => r.LapsesOn).Select(r => r.LapsesOn), forecast.Renewals.Select(r => r.LapsesOn));
        Assert.All(forecast.Renewals, r => Assert.Equal(Severity.Blocking, r.Finding.Severity));
        Assert.All(forecast.Renewals, r => Assert.False(string.IsNullOrWhiteSpace(r.Finding.Recommendation)));
        var c4 = Assert.Single(forecast.Renewals, r => r.CriterionId == C4);
        Assert.Equal(new DateOnly(2028, 5, 1), c4.RenewBy);
        Assert.Equal("evidence[0].date", Assert.Single(c4.Causes).Path);
    }

    [Fact]
    public void Forecast_ChangePoints_AreDerivedFromTheDocumentNotSampled()
    {
        var forecast = Forecast(Document());

        Assert.True(forecast.EvaluatedDates.Count < 40, $"{forecast.EvaluatedDates.Count} evaluations");
        Assert.Equal(From, forecast.EvaluatedDates[0]);
        Assert.Contains(new DateOnly(2027, 7, 1), forecast.EvaluatedDates);
        Assert.Contains(new DateOnly(2028, 5, 2), forecast.EvaluatedDates);
        Assert.Equal(forecast.EvaluatedDates.Order(), forecast.EvaluatedDates);
        Assert.Empty(forecast.UnresolvedRules);
    }

    [Fact]
    public void Forecaster_FromAfterUntil_IsRejected()
    {
        var options = new ComplianceForecastOptions { From = new DateOnly(2028, 1, 1), Until = new DateOnly(2027, 12, 31) };

        var exception = Assert.Throws<ArgumentException>(() => new ComplianceForecaster(BuiltIn, options));

        Assert.Contains("2028-01-01", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_NoFromGiven_StartsOnTheClocksDay()
    {
        var forecaster = new ComplianceForecaster(BuiltIn, new ComplianceForecastOptions { TimeProvider = new Support.RuleHarness.FixedTime(new DateOnly(2027, 2, 1)) });

        var forecast = forecaster.Forecast(Document());

        Assert.Equal(new DateOnly(2027, 2, 1), forecast.From);
        Assert.Equal(new DateOnly(2027, 2, 1), forecast.Provenance.EvaluationDate);
        Assert.Same(BuiltIn, forecaster.RuleSet);
    }

    [Fact]
    public void Forecast_SameDocumentTwice_GivesTheSameJson()
    {
        var document = Document();

        Assert.Equal(ComplianceForecastJson.Serialize(Forecast(document)), ComplianceForecastJson.Serialize(Forecast(document)));
    }
}
