namespace S3Criteria.Testing;

/// <summary>What a rule-test case expects of one rule.</summary>
public enum ExpectationKind
{
    /// <summary>The rule fails for exactly the listed subjects (none: it does not fail at all).</summary>
    Subjects,

    /// <summary>The rule fails for at least one subject.</summary>
    Fails,

    /// <summary>The rule passes.</summary>
    Passes,

    /// <summary>The rule does not apply.</summary>
    NotApplicable,

    /// <summary>The rule cannot assess the strategy for lack of data.</summary>
    CannotAssess,
}
