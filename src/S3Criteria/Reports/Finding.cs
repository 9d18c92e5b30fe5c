using S3Criteria.Diagnostics;
using S3Criteria.Rules;

namespace S3Criteria.Reports;

/// <summary>One rule not met by one subject, or not assessable for it: what is wrong, why it matters, what to do.</summary>
/// <remarks>
/// The texts (<see cref="Message"/>, <see cref="Recommendation"/>, <see cref="Rationale"/>, <see cref="Evidence"/>)
/// are rendered from the strategy when first read, then kept: code that reads only verdicts and statuses does not pay
/// for them. Each is capped (a list at most 10 items of at most 200 characters, then "… and N more"; any other
/// value at most 1,000 characters; a message or recommendation at most 4,000 characters). Do not change the evaluated
/// strategy's lists before the texts are read.
/// </remarks>
/// <threadsafety static="true" instance="true"/>
public sealed class Finding
{
    private readonly RuleTexts _texts;

    internal Finding(RuleDescriptor rule, FindingStatus status, Subject subject, RuleTexts texts, IReadOnlyList<string> missingData, Waivers.Waiver? waiver, bool isWaived, IReadOnlyList<RuleParameterDescriptor> parameters)
    {
        _texts = texts;
        Parameters = parameters;
        Waiver = waiver;
        IsWaived = isWaived;
        RuleId = rule.Id;
        CriterionId = rule.CriterionId;
        Severity = rule.Severity;
        Status = status;
        Subject = subject;
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

    /// <summary>Gets what is wrong here, with the values involved; rendered when first read.</summary>
    public string Message => _texts.Message;

    /// <summary>Gets the values the rule computed for this subject; computed when first read.</summary>
    public IReadOnlyList<EvidenceItem> Evidence => _texts.Evidence;

    /// <summary>Gets why the criterion asks for this, if the rule says.</summary>
    public string? Rationale => _texts.Rationale;

    /// <summary>Gets what to do next, if the rule says; rendered when first read.</summary>
    public string? Recommendation => _texts.Recommendation;

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
