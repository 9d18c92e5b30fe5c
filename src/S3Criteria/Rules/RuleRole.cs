namespace S3Criteria.Rules;

/// <summary>What a rule's result decides about its criterion.</summary>
public enum RuleRole
{
    /// <summary>The rule checks something the criterion requires (blocking) or recommends (advisory, info).</summary>
    Check,

    /// <summary>
    /// The rule checks that the document states whether its "where relevant" criterion (5 or 6) is relevant, and why
    /// not when it is not. When it passes and every other blocking rule of the criterion is not applicable (the need
    /// is declared not relevant), the criterion is not applicable.
    /// </summary>
    Relevance,
}
