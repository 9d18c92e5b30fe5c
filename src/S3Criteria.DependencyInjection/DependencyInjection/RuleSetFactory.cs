using S3Criteria.Diagnostics;
using S3Criteria.Engine;

namespace S3Criteria.DependencyInjection;

/// <summary>Builds a rule set from the options.</summary>
internal static class RuleSetFactory
{
    public static LoadResult<RuleSet> TryBuild(S3CriteriaOptions options)
    {
        var builder = new RuleSetBuilder();
        if (options.UseBuiltInRules)
        {
            builder.AddBuiltInRules();
        }

        foreach (var directory in options.RuleDirectories)
        {
            builder.AddDirectory(directory);
        }

        foreach (var assembly in options.RuleAssemblies)
        {
            builder.AddEmbeddedRules(assembly);
        }

        foreach (var (name, value) in options.Parameters)
        {
            builder.SetParameter(name, value);
        }

        foreach (var (ruleId, reason) in options.DisabledRules)
        {
            builder.DisableRule(ruleId, string.IsNullOrWhiteSpace(reason) ? "(no reason given)" : reason);
        }

        return builder.TryBuild();
    }
}
