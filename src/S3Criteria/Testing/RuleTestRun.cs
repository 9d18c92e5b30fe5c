using S3Criteria.Diagnostics;
using S3Criteria.Engine;

namespace S3Criteria.Testing;

/// <summary>The outcome of running rule-test files: every case's result, problems in the files, and rule coverage.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class RuleTestRun
{
    internal RuleTestRun(RuleSet ruleSet, IReadOnlyList<RuleTestCaseResult> cases, IReadOnlyList<Diagnostic> diagnostics)
    {
        Cases = cases;
        Diagnostics = diagnostics;
        var expectations = cases.SelectMany(c => c.Expectations).ToList();
        RulesWithoutFiringCase = [.. ruleSet.Rules.Select(r => r.Id).Where(id => !expectations.Any(e => e.RuleId == id && e.ShowsFiring))];
        RulesWithoutNotFiringCase = [.. ruleSet.Rules.Select(r => r.Id).Where(id => !expectations.Any(e => e.RuleId == id && e.ShowsNotFiring))];
    }

    /// <summary>Gets the result of every case, in file order.</summary>
    public IReadOnlyList<RuleTestCaseResult> Cases { get; }

    /// <summary>Gets problems in the test files themselves (malformed YAML, unknown keys, invalid strategies).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the rules of the rule set that no case shows firing.</summary>
    public IReadOnlyList<string> RulesWithoutFiringCase { get; }

    /// <summary>Gets the rules of the rule set that no case shows not firing (passing or not applicable).</summary>
    public IReadOnlyList<string> RulesWithoutNotFiringCase { get; }

    /// <summary>Gets a value indicating whether the files were valid, held at least one case, and every case passed.</summary>
    public bool Passed => Diagnostics.Count == 0 && Cases.Count > 0 && Cases.All(c => c.Passed);
}
