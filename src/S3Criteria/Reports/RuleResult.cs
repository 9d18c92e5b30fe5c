using S3Criteria.Rules;

namespace S3Criteria.Reports;

/// <summary>The outcome of one rule, including rules that passed: a self-assessment needs the evidence of what is fulfilled.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class RuleResult
{
    private readonly RuleTexts? _texts;

    internal RuleResult(RuleDescriptor rule, RuleOutcome outcome, int subjectsChecked, RuleTexts? texts, string? language)
    {
        _texts = texts;
        RuleId = rule.Id;
        CriterionId = rule.CriterionId;
        Title = rule.Title.Get(language);
        Severity = rule.Severity;
        Role = rule.Role;
        Outcome = outcome;
        SubjectsChecked = subjectsChecked;
    }

    /// <summary>Gets the rule's identifier.</summary>
    public string RuleId { get; }

    /// <summary>Gets the criterion the rule checks.</summary>
    public string CriterionId { get; }

    /// <summary>Gets the rule's title.</summary>
    public string Title { get; }

    /// <summary>Gets the rule's severity.</summary>
    public Severity Severity { get; }

    /// <summary>Gets the outcome.</summary>
    public RuleOutcome Outcome { get; }

    /// <summary>Gets what the rule's result decides about its criterion.</summary>
    public RuleRole Role { get; }

    /// <summary>Gets how many subjects the rule looked at (1 for a rule about the strategy).</summary>
    public int SubjectsChecked { get; }

    /// <summary>Gets, for a rule about the strategy as a whole that passed, the values it computed (computed when first read); empty otherwise.</summary>
    public IReadOnlyList<EvidenceItem> Evidence => _texts?.Evidence ?? [];
}
