namespace S3Criteria.Reports;

/// <summary>What happened to one rule in an evaluation.</summary>
public enum RuleOutcome
{
    /// <summary>The rule applied and every subject met it.</summary>
    Passed,

    /// <summary>At least one subject did not meet the rule.</summary>
    Failed,

    /// <summary>No subject failed, but for at least one the document lacks the data the rule needs.</summary>
    CannotAssess,

    /// <summary>The rule's <c>applies-when</c> condition held for no subject.</summary>
    NotApplicable,

    /// <summary>The rule failed only for subjects whose findings are waived (and the waivers have not expired).</summary>
    Waived,

    /// <summary>The rule could not be evaluated (for example a share of an empty list); see <see cref="ComplianceReport.Errors"/>.</summary>
    Error,
}
