namespace S3Criteria.Testing;

/// <summary>What a rule-test case expects of one rule.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class RuleExpectation
{
    internal RuleExpectation(string ruleId, ExpectationKind kind, IReadOnlyList<string> subjects)
    {
        RuleId = ruleId;
        Kind = kind;
        Subjects = subjects;
    }

    /// <summary>Gets the rule's identifier.</summary>
    public string RuleId { get; }

    /// <summary>Gets the kind of expectation.</summary>
    public ExpectationKind Kind { get; }

    /// <summary>Gets the subject identifiers the rule must fail for, for <see cref="ExpectationKind.Subjects"/>.</summary>
    public IReadOnlyList<string> Subjects { get; }

    /// <summary>Gets a value indicating whether the case shows the rule firing.</summary>
    public bool ShowsFiring => Kind is ExpectationKind.Fails or ExpectationKind.CannotAssess || (Kind == ExpectationKind.Subjects && Subjects.Count > 0);

    /// <summary>Gets a value indicating whether the case shows the rule not firing.</summary>
    public bool ShowsNotFiring => Kind is ExpectationKind.Passes or ExpectationKind.NotApplicable || (Kind == ExpectationKind.Subjects && Subjects.Count == 0);
}
