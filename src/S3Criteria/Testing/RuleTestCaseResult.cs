using S3Criteria.Diagnostics;

namespace S3Criteria.Testing;

/// <summary>The outcome of one rule-test case.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class RuleTestCaseResult
{
    internal RuleTestCaseResult(string name, SourceLocation location, IReadOnlyList<RuleExpectation> expectations, IReadOnlyList<string> failures)
    {
        Name = name;
        Location = location;
        Expectations = expectations;
        Failures = failures;
    }

    /// <summary>Gets the case's name.</summary>
    public string Name { get; }

    /// <summary>Gets where the case is written.</summary>
    public SourceLocation Location { get; }

    /// <summary>Gets what the case expects.</summary>
    public IReadOnlyList<RuleExpectation> Expectations { get; }

    /// <summary>Gets each expectation not met, as "expected … but …" lines; empty when the case passed.</summary>
    public IReadOnlyList<string> Failures { get; }

    /// <summary>Gets a value indicating whether every expectation was met.</summary>
    public bool Passed => Failures.Count == 0;
}
