using S3Criteria.Diagnostics;
using S3Criteria.Model;

namespace S3Criteria.Rules;

/// <summary>What one rule checks, as its file declares it: for listings, explanations and reports.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class RuleDescriptor
{
    internal RuleDescriptor(
        string id,
        LocalizedText title,
        string criterionId,
        Severity severity,
        SubjectKind subjectKind,
        string? appliesWhen,
        string require,
        LocalizedText message,
        LocalizedText? rationale,
        LocalizedText? recommendation,
        IReadOnlyList<string> references,
        IReadOnlyList<string> parameters,
        SourceLocation source,
        RuleRole role = RuleRole.Check)
    {
        Role = role;
        Id = id;
        Title = title;
        CriterionId = criterionId;
        Severity = severity;
        SubjectKind = subjectKind;
        AppliesWhen = appliesWhen;
        Require = require;
        Message = message;
        Rationale = rationale;
        Recommendation = recommendation;
        References = references;
        Parameters = parameters;
        Source = source;
    }

    /// <summary>Gets the rule's identifier, unique in its rule set, such as <c>C7-01</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the title: what the rule requires, in one line.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the identifier of the criterion the rule checks.</summary>
    public string CriterionId { get; }

    /// <summary>Gets what the rule's result decides about its criterion (a check, or the statement of a "where relevant" criterion's relevance).</summary>
    public RuleRole Role { get; }

    /// <summary>Gets the severity of the rule's findings.</summary>
    public Severity Severity { get; }

    /// <summary>Gets what the rule is about: <c>strategy</c>, or the kind it checks each of (<c>priority</c>, <c>partnership</c>…).</summary>
    public SubjectKind SubjectKind { get; }

    /// <summary>Gets the condition under which the rule applies, as written, or <see langword="null"/> when it always applies.</summary>
    public string? AppliesWhen { get; }

    /// <summary>Gets the condition the subject must meet, as written.</summary>
    public string Require { get; }

    /// <summary>Gets the message template of a finding.</summary>
    public LocalizedText Message { get; }

    /// <summary>Gets why the criterion asks for this, if given.</summary>
    public LocalizedText? Rationale { get; }

    /// <summary>Gets what to do next when the rule fails, if given.</summary>
    public LocalizedText? Recommendation { get; }

    /// <summary>Gets the legal or guidance references.</summary>
    public IReadOnlyList<string> References { get; }

    /// <summary>Gets the names of the rule-set parameters the rule uses.</summary>
    public IReadOnlyList<string> Parameters { get; }

    /// <summary>Gets where the rule is defined.</summary>
    public SourceLocation Source { get; }
}
