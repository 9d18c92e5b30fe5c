using S3Criteria.Reports;
using S3Criteria.Rules;

namespace S3Criteria.Evaluation;

/// <summary>
/// How rule outcomes become verdicts (documented in the README):
/// a blocking failure makes a criterion not fulfilled; otherwise a blocking rule that errored or could not assess makes
/// it "cannot assess"; otherwise an advisory failure or gap makes it partially fulfilled; a criterion whose rules all
/// did not apply is not applicable; otherwise it is fulfilled. Info findings never change a verdict, and a rule whose
/// findings are all waived counts as passed (the waived findings stay in the report). The enabling
/// condition takes the worst verdict of its criteria (Article 15(2) of Regulation (EU) 2021/1060: a condition is
/// fulfilled only when all its criteria are).
/// </summary>
internal static class VerdictRules
{
    public static (Verdict Verdict, IReadOnlyList<string> DecidedBy) ForCriterion(IReadOnlyList<RuleResult> rules)
    {
        if (rules.Count == 0)
        {
            return (Verdict.CannotAssess, []);
        }

        string[] Where(Func<RuleResult, bool> predicate) => [.. rules.Where(predicate).Select(r => r.RuleId)];

        var blockingFailed = Where(r => r.Severity == Severity.Blocking && r.Outcome == RuleOutcome.Failed);
        if (blockingFailed.Length > 0)
        {
            return (Verdict.NotFulfilled, blockingFailed);
        }

        var blockingUnknown = Where(r => r.Severity == Severity.Blocking && r.Outcome is RuleOutcome.CannotAssess or RuleOutcome.Error);
        if (blockingUnknown.Length > 0)
        {
            return (Verdict.CannotAssess, blockingUnknown);
        }

        var advisory = Where(r => r.Severity == Severity.Advisory && r.Outcome is RuleOutcome.Failed or RuleOutcome.CannotAssess or RuleOutcome.Error);
        if (advisory.Length > 0)
        {
            return (Verdict.PartiallyFulfilled, advisory);
        }

        if (rules.All(r => r.Outcome == RuleOutcome.NotApplicable))
        {
            return (Verdict.NotApplicable, Where(_ => true));
        }

        return (Verdict.Fulfilled, Where(r => r.Outcome is RuleOutcome.Passed or RuleOutcome.Waived));
    }

    public static Verdict Overall(IReadOnlyList<CriterionResult> criteria)
    {
        Verdict[] order = [Verdict.NotFulfilled, Verdict.CannotAssess, Verdict.PartiallyFulfilled, Verdict.Fulfilled];
        foreach (var verdict in order)
        {
            if (criteria.Any(c => c.Verdict == verdict))
            {
                return verdict;
            }
        }

        return Verdict.NotApplicable;
    }
}
