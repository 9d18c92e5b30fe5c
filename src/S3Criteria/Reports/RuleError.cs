using S3Criteria.Diagnostics;

namespace S3Criteria.Reports;

/// <summary>A rule that could not be evaluated for a subject, and why. The rest of the report is unaffected.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class RuleError
{
    internal RuleError(string ruleId, Subject? subject, string message, SourceLocation? location = null)
    {
        RuleId = ruleId;
        Subject = subject;
        Message = message;
        Location = location;
    }

    /// <summary>Gets the rule's identifier.</summary>
    public string RuleId { get; }

    /// <summary>Gets the subject being evaluated when the rule failed, if known.</summary>
    public Subject? Subject { get; }

    /// <summary>Gets what went wrong.</summary>
    public string Message { get; }

    /// <summary>Gets where the rule is defined, if it came from a file.</summary>
    public SourceLocation? Location { get; }
}
