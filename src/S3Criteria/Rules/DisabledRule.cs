namespace S3Criteria.Rules;

/// <summary>A rule switched off by the caller, with the reason recorded in every report.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class DisabledRule
{
    internal DisabledRule(string ruleId, string reason)
    {
        RuleId = ruleId;
        Reason = reason;
    }

    /// <summary>Gets the rule's identifier.</summary>
    public string RuleId { get; }

    /// <summary>Gets why it was disabled.</summary>
    public string Reason { get; }
}
