namespace S3Criteria.Reports;

/// <summary>
/// The result of checking one strategy against a rule set: a verdict per criterion and overall, every finding with its
/// recommendation, the outcome of every rule, and the provenance. Immutable; its order is deterministic.
/// </summary>
/// <threadsafety static="true" instance="true"/>
public sealed class ComplianceReport
{
    internal ComplianceReport(
        string strategyId,
        string strategyTitle,
        string regionCode,
        Verdict verdict,
        IReadOnlyList<CriterionResult> criteria,
        IReadOnlyList<Finding> findings,
        IReadOnlyList<RuleResult> rules,
        IReadOnlyList<RuleError> errors,
        IReadOnlyList<Waivers.Waiver> unusedWaivers,
        Provenance provenance)
    {
        UnusedWaivers = unusedWaivers;
        StrategyId = strategyId;
        StrategyTitle = strategyTitle;
        RegionCode = regionCode;
        Verdict = verdict;
        Criteria = criteria;
        Findings = findings;
        Rules = rules;
        Errors = errors;
        Provenance = provenance;
    }

    /// <summary>Gets the strategy's identifier.</summary>
    public string StrategyId { get; }

    /// <summary>Gets the strategy's title.</summary>
    public string StrategyTitle { get; }

    /// <summary>Gets the NUTS code of the strategy's territory.</summary>
    public string RegionCode { get; }

    /// <summary>Gets the verdict on the enabling condition: fulfilled only when every applicable criterion is.</summary>
    public Verdict Verdict { get; }

    /// <summary>Gets the verdict per criterion, ordered by criterion identifier.</summary>
    public IReadOnlyList<CriterionResult> Criteria { get; }

    /// <summary>Gets the findings, ordered by criterion, rule and the subject's place in the document.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets the outcome of every rule, in rule-set order.</summary>
    public IReadOnlyList<RuleResult> Rules { get; }

    /// <summary>Gets the rules that could not be evaluated, and why.</summary>
    public IReadOnlyList<RuleError> Errors { get; }

    /// <summary>Gets the waivers that matched no finding: candidates to remove.</summary>
    public IReadOnlyList<Waivers.Waiver> UnusedWaivers { get; }

    /// <summary>Gets what the report was computed from.</summary>
    public Provenance Provenance { get; }
}
