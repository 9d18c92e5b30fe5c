using System.Globalization;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Evaluation;
using S3Criteria.Reports;
using S3Criteria.Waivers;
using S3Criteria.Writers;
using S3Criteria.Tests.Support;
using static S3Criteria.Tests.Support.RuleHarness;

namespace S3Criteria.Tests.Evaluation;

/// <summary>
/// Dates and numbers in rule files, documents, waivers and options are read with the invariant culture and the
/// Gregorian calendar: under fa-IR (Persian calendar, '/' as decimal separator) and ar-SA (Umm al-Qura calendar)
/// everything reads as it does under the invariant culture.
/// </summary>
public sealed class InvariantCultureTests
{
    private const string Rules = """
          - id: DATE
            title: Ends after 2027 starts
            severity: blocking
            for-each: partnership
            require: "partnership.end >= '2027-01-01' and partnership.funding >= 1.5"
            message: "{partnership.id} ends {partnership.end}"
        """;

    private const string Strategy = """
        priorities: [{ id: a, name: A, budget: 1234.5 }]
        partnerships:
          - { id: early, title: T, instrument: interreg-a, status: active, priorities: [a], end: 2026-12-31, funding: 2.5 }
          - { id: late, title: T, instrument: interreg-a, status: active, priorities: [a], end: 2027-06-30, funding: 2.5 }
        """;

    private const string Waivers = "waivers:\n  - { rule: DATE, subject: early, reason: Extended in 2027., expires: 2026-12-01 }\n";

    public static TheoryData<string> Cultures => ["fa-IR", "ar-SA"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Evaluate_RuleDocumentAndWaiverUnderCulture_ReadLikeInvariant(string culture)
    {
        var expected = Json();

        var actual = Under(culture, Json);

        Assert.Equal(expected, actual);
        Assert.Contains("early ends 2026-12-31", actual, StringComparison.Ordinal);
        Assert.Contains("\"inForce\": true", actual, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Parse_DatesAndNumbersUnderCulture_AreGregorianAndInvariant(string culture)
    {
        var (end, budget) = Under(culture, () =>
        {
            var document = StrategyDocument.Parse(BaseStrategy + Strategy, filePath: "s.yaml");
            return (document.Strategy.Partnerships![0].End, document.Strategy.Priorities![0].Budget);
        });

        Assert.Equal(new DateOnly(2026, 12, 31), end);
        Assert.Equal(1234.5m, budget);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Check_DateOptionUnderCulture_IsTheGregorianDate(string culture)
    {
        var sample = Path.Combine(AppContext.BaseDirectory, "samples", "strategies", "exemplary.yaml");
        var expected = CliRunner.Run("check", sample, "--date", "2026-11-25", "--format", "json");

        var actual = Under(culture, () => CliRunner.Run("check", sample, "--date", "2026-11-25", "--format", "json"));

        Assert.Equal(expected.ExitCode, actual.ExitCode);
        Assert.Equal(expected.Output, actual.Output);
        Assert.Contains("\"verdict\": \"fulfilled\"", actual.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Build_ParameterNumbersUnderCulture_AreInvariant(string culture)
    {
        var rules = Under(culture, () => new RuleSetBuilder()
            .AddYaml(RuleFile("  - { id: R, title: T, severity: info, require: \"count(priorities) >= least\", message: m }\n", "parameters:\n  least: 0.5\n"), "rules.yaml")
            .SetParameter("least", "1.5")
            .Build());

        var least = rules.Parameters.Single(p => p.Name == "least");
        Assert.Equal(("0.5", "1.5"), (least.DefaultValue, least.Value));
    }

    private static string Json()
    {
        var rules = Build(RuleFile(Rules));
        var options = new ComplianceEvaluatorOptions { TimeProvider = new FixedTime(Today), Waivers = WaiverSet.Parse(Waivers, "w.yaml") };
        var report = new ComplianceEvaluator(rules, options).Evaluate(StrategyDocument.Parse(BaseStrategy + Strategy, filePath: "s.yaml"));
        Assert.Equal(RuleOutcome.Waived, report.Rules[0].Outcome);
        return ComplianceReportJson.Serialize(report);
    }

    private static T Under<T>(string culture, Func<T> action)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }
}
