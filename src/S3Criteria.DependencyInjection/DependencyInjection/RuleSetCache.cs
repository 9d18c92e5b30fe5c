using S3Criteria.Engine;

namespace S3Criteria.DependencyInjection;

/// <summary>Keeps the rule set compiled while the options were validated, so start-up compiles only once.</summary>
internal sealed class RuleSetCache
{
    private RuleSet? _ruleSet;

    public RuleSet? RuleSet
    {
        get => Volatile.Read(ref _ruleSet);
        set => Volatile.Write(ref _ruleSet, value);
    }
}
