using S3Criteria.Diagnostics;
using S3Criteria.Engine;
using S3Criteria.Model;
using S3Criteria.Reports;

namespace S3Criteria.Testing;

/// <summary>Compares a report with what a rule-test case expects, as "expected … but …" lines.</summary>
internal static class ExpectationChecker
{
    public static List<string> Check(RuleSet ruleSet, ComplianceReport report, IReadOnlyList<RuleExpectation> expectations)
    {
        var failures = new List<string>();
        foreach (var expectation in expectations)
        {
            var result = report.Rules.FirstOrDefault(r => r.RuleId == expectation.RuleId);
            if (result is null)
            {
                var known = ruleSet.Rules.Select(r => r.Id).ToList();
                failures.Add($"{expectation.RuleId}: no such rule in the rule set. {NameSuggester.Suggest(expectation.RuleId, known)}".TrimEnd());
                continue;
            }

            var failed = report.Findings
                .Where(f => f.RuleId == expectation.RuleId && f.Status == FindingStatus.Failed)
                .Select(f => f.Subject.Kind == SubjectKind.Strategy ? "strategy" : f.Subject.Id)
                .Order(StringComparer.Ordinal)
                .ToList();
            if (!IsMet(expectation, result.Outcome, failed))
            {
                var errors = report.Errors.Where(e => e.RuleId == expectation.RuleId).Select(e => e.Message).ToList();
                failures.Add($"{expectation.RuleId}: expected {Expected(expectation)}, but it {Actual(result.Outcome, failed)}{(errors.Count > 0 ? $" ({string.Join("; ", errors)})" : string.Empty)}.");
            }
        }

        return failures;
    }

    private static bool IsMet(RuleExpectation expectation, RuleOutcome outcome, List<string> failed) => expectation.Kind switch
    {
        ExpectationKind.Subjects => failed.SequenceEqual(expectation.Subjects.Order(StringComparer.Ordinal)) && outcome != RuleOutcome.Error,
        ExpectationKind.Fails => outcome == RuleOutcome.Failed,
        ExpectationKind.Passes => outcome == RuleOutcome.Passed,
        ExpectationKind.NotApplicable => outcome == RuleOutcome.NotApplicable,
        _ => outcome == RuleOutcome.CannotAssess,
    };

    private static string Expected(RuleExpectation expectation) => expectation.Kind switch
    {
        ExpectationKind.Subjects when expectation.Subjects.Count == 0 => "no finding",
        ExpectationKind.Subjects => $"findings for [{string.Join(", ", expectation.Subjects.Order(StringComparer.Ordinal))}]",
        ExpectationKind.Fails => "it to fail",
        ExpectationKind.Passes => "it to pass",
        ExpectationKind.NotApplicable => "it not to apply",
        _ => "it to be unable to assess",
    };

    private static string Actual(RuleOutcome outcome, List<string> failed) => outcome switch
    {
        RuleOutcome.Failed => $"failed for [{string.Join(", ", failed)}]",
        RuleOutcome.Passed => "passed",
        RuleOutcome.NotApplicable => "did not apply",
        RuleOutcome.CannotAssess => "could not assess",
        _ => "raised an error",
    };
}
