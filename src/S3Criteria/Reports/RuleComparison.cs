using S3Criteria.Rules;

namespace S3Criteria.Reports;

/// <summary>One rule in two evaluations of a strategy: its outcome before and after, and each of its open findings once.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class RuleComparison
{
    internal RuleComparison(string ruleId, string criterionId, Severity severity, RuleOutcome? before, RuleOutcome? after, IReadOnlyList<FindingComparison> findings)
    {
        RuleId = ruleId;
        CriterionId = criterionId;
        Severity = severity;
        Before = before;
        After = after;
        Findings = findings;
    }

    /// <summary>Gets the rule's identifier.</summary>
    public string RuleId { get; }

    /// <summary>Gets the criterion the rule checks.</summary>
    public string CriterionId { get; }

    /// <summary>Gets the rule's severity, in the later evaluation when it has the rule.</summary>
    public Severity Severity { get; }

    /// <summary>Gets the rule's outcome before; <see langword="null"/> when the earlier evaluation has no such rule.</summary>
    public RuleOutcome? Before { get; }

    /// <summary>Gets the rule's outcome after; <see langword="null"/> when the later evaluation has no such rule.</summary>
    public RuleOutcome? After { get; }

    /// <summary>Gets the rule's open (not waived) findings, one per subject, each with its status before and after; subjects in the later evaluation's order, then those only before.</summary>
    public IReadOnlyList<FindingComparison> Findings { get; }

    /// <summary>Gets a value indicating whether the outcome changed or any finding is new, fixed or changed status.</summary>
    public bool IsChanged => Before != After || Findings.Any(f => f.Change != FindingChange.StillOpen);
}
