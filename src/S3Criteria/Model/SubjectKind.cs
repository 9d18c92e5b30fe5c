namespace S3Criteria.Model;

/// <summary>
/// What a rule judges: the strategy as a whole, or each item of one of its collections. A rule's <c>for-each</c> names
/// one of these in kebab case (<c>priority</c>, <c>partnership</c>, ...); a finding's subject has one.
/// </summary>
public enum SubjectKind
{
    /// <summary>The strategy as a whole.</summary>
    Strategy,

    /// <summary>Each priority area (<see cref="PriorityArea"/>).</summary>
    Priority,

    /// <summary>Each partnership (<see cref="Model.Partnership"/>).</summary>
    Partnership,

    /// <summary>Each stakeholder (<see cref="Model.Stakeholder"/>).</summary>
    Stakeholder,

    /// <summary>Each indicator (<see cref="Model.Indicator"/>).</summary>
    Indicator,

    /// <summary>Each action of the policy mix (<see cref="PolicyAction"/>).</summary>
    Action,

    /// <summary>Each evidence document (<see cref="EvidenceDocument"/>).</summary>
    Evidence,
}
