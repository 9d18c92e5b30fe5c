using S3Criteria.Reports;
using S3Criteria.Rules;

namespace S3Criteria.Evaluation;

/// <summary>
/// How rule outcomes become verdicts (docs/interpretation.md, "Verdicts"). Only blocking rules decide:
/// <list type="bullet">
/// <item>a blocking rule that failed makes the criterion not fulfilled;</item>
/// <item>otherwise a blocking rule that could not assess, or errored, makes it "cannot assess";</item>
/// <item>a "where relevant" criterion whose relevance rule passed and whose other blocking rules all did not apply (the
/// need is declared not relevant, with a justification) is not applicable;</item>
/// <item>otherwise the criterion is fulfilled when at least one blocking rule passed on a real subject, and "cannot
/// assess" when no blocking rule had anything to judge.</item>
/// </list>
/// Advisory and info findings are improvements and never change a verdict; a rule whose findings are all waived counts
/// as passed (the waived findings stay in the report). The enabling condition is fulfilled only when every criterion
/// and precondition is fulfilled or not applicable (Regulation (EU) 2021/1060, Article 15(2)).
/// </summary>
internal static class VerdictRules
{
    public static (Verdict Verdict, IReadOnlyList<string> DecidedBy) ForCriterion(CriterionDescriptor criterion, IReadOnlyList<RuleResult> rules)
    {
        var blocking = rules.Where(r => r.Severity == Severity.Blocking).ToList();
        string[] Where(Func<RuleResult, bool> predicate) => [.. blocking.Where(predicate).Select(r => r.RuleId)];

        var failed = Where(r => r.Outcome == RuleOutcome.Failed);
        if (failed.Length > 0)
        {
            return (Verdict.NotFulfilled, failed);
        }

        var unknown = Where(r => r.Outcome is RuleOutcome.CannotAssess or RuleOutcome.Error);
        if (unknown.Length > 0)
        {
            return (Verdict.CannotAssess, unknown);
        }

        var relevance = blocking.Where(r => r.Role == RuleRole.Relevance).ToList();
        var checks = blocking.Where(r => r.Role == RuleRole.Check).ToList();
        if (criterion.WhereRelevant && relevance.Count > 0 && relevance.Any(r => r.Outcome is RuleOutcome.Passed or RuleOutcome.Waived)
            && checks.All(r => r.Outcome == RuleOutcome.NotApplicable))
        {
            return (Verdict.NotApplicable, [.. relevance.Select(r => r.RuleId)]);
        }

        var passed = Where(r => r.Role == RuleRole.Check && r.Outcome is RuleOutcome.Passed or RuleOutcome.Waived);
        return passed.Length > 0
            ? (Verdict.Fulfilled, passed)
            : (Verdict.CannotAssess, Where(_ => true));
    }

    public static Verdict Overall(IReadOnlyList<CriterionResult> criteria)
    {
        if (criteria.Any(c => c.Verdict == Verdict.NotFulfilled))
        {
            return Verdict.NotFulfilled;
        }

        if (criteria.Count == 0 || criteria.Any(c => c.Verdict == Verdict.CannotAssess) || criteria.All(c => c.Verdict == Verdict.NotApplicable))
        {
            return Verdict.CannotAssess;
        }

        return Verdict.Fulfilled;
    }
}
