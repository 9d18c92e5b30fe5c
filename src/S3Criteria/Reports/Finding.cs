using S3Criteria.Diagnostics;
using S3Criteria.Rules;

namespace S3Criteria.Reports;

/// <summary>One rule not met by one subject, or not assessable for it: what is wrong, why it matters, what to do.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class Finding
{
    internal Finding(RuleDescriptor rule, FindingStatus status, Subject subject, string message, IReadOnlyList<EvidenceItem> evidence, string? rationale, string? recommendation, IReadOnlyList<string> missingData, Waivers.Waiver? waiver, bool isWaived, IReadOnlyList<RuleParameterDescriptor> parameters)
    {
        Parameters = parameters;
        Waiver = waiver;
        IsWaived = isWaived;
        RuleId = rule.Id;
        CriterionId = rule.CriterionId;
        Severity = rule.Severity;
        Status = status;
        Subject = subject;
        Message = message;
        Evidence = evidence;
        Rationale = rationale;
        Recommendation = recommendation;
        References = rule.References;
        RuleSource = rule.Source;
        MissingData = missingData;
    }

    /// <summary>Gets the rule's identifier.</summary>
    public string RuleId { get; }

    /// <summary>Gets the criterion the rule checks.</summary>
    public string CriterionId { get; }

    /// <summary>Gets the rule's severity.</summary>
    public Severity Severity { get; }

    /// <summary>Gets whether the subject failed the rule or could not be assessed.</summary>
    public FindingStatus Status { get; }

    /// <summary>Gets what the finding is about.</summary>
    public Subject Subject { get; }

    /// <summary>Gets what is wrong here, with the values involved.</summary>
    public string Message { get; }

    /// <summary>Gets the values the rule computed for this subject.</summary>
    public IReadOnlyList<EvidenceItem> Evidence { get; }

    /// <summary>Gets why the criterion asks for this, if the rule says.</summary>
    public string? Rationale { get; }

    /// <summary>Gets what to do next, if the rule says.</summary>
    public string? Recommendation { get; }

    /// <summary>Gets the legal or guidance references of the rule.</summary>
    public IReadOnlyList<string> References { get; }

    /// <summary>Gets where the rule is defined.</summary>
    public SourceLocation RuleSource { get; }

    /// <summary>Gets the waiver that matches the finding, if any, including one that has expired.</summary>
    public Waivers.Waiver? Waiver { get; }

    /// <summary>Gets a value indicating whether a waiver in force covers the finding: it does not fail a run.</summary>
    public bool IsWaived { get; }

    /// <summary>
    /// Gets the rule-set parameters the rule's decision rests on, with their values: thresholds chosen by the rule set
    /// (such as an accepted age of the analysis in years), not by the regulation. Empty when the rule uses none.
    /// </summary>
    public IReadOnlyList<RuleParameterDescriptor> Parameters { get; }

    /// <summary>Gets the data the document lacks, for <see cref="FindingStatus.CannotAssess"/> findings; empty otherwise.</summary>
    public IReadOnlyList<string> MissingData { get; }
}
