using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace S3Criteria;

/// <summary>Adds rules, parameter overrides and disabled rules to S3Criteria's registration.</summary>
public static class S3CriteriaBuilderExtensions
{
    /// <summary>Loads the built-in rules for enabling condition 1.1.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static IS3CriteriaBuilder AddBuiltInRules(this IS3CriteriaBuilder builder) =>
        Configure(builder, o => o.UseBuiltInRules = true);

    /// <summary>Loads the rule files of a directory (validated on start: the directory must exist).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="path">The directory.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    public static IS3CriteriaBuilder AddRulesFromDirectory(this IS3CriteriaBuilder builder, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Configure(builder, o =>
        {
            if (!o.RuleDirectories.Contains(path))
            {
                o.RuleDirectories.Add(path);
            }
        });
    }

    /// <summary>Loads the rule files embedded in an assembly.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="assembly">The assembly.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="assembly"/> is <see langword="null"/>.</exception>
    public static IS3CriteriaBuilder AddRulesFromAssembly(this IS3CriteriaBuilder builder, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return Configure(builder, o =>
        {
            if (!o.RuleAssemblies.Contains(assembly))
            {
                o.RuleAssemblies.Add(assembly);
            }
        });
    }

    /// <summary>Overrides a rule parameter without editing the rule file (validated on start: it must exist and have the right type).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="name">The parameter.</param>
    /// <param name="value">The value, written as in YAML.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IS3CriteriaBuilder SetParameter(this IS3CriteriaBuilder builder, string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        return Configure(builder, o => o.Parameters[name] = value);
    }

    /// <summary>Disables a rule; every report records the reason.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="ruleId">The rule.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IS3CriteriaBuilder DisableRule(this IS3CriteriaBuilder builder, string ruleId, string reason)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        ArgumentNullException.ThrowIfNull(reason);
        return Configure(builder, o => o.DisabledRules[ruleId] = reason);
    }

    /// <summary>Reloads changed rule files of the rule directories without a restart; a failed reload keeps the rules in force.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static IS3CriteriaBuilder EnableReload(this IS3CriteriaBuilder builder) =>
        Configure(builder, o => o.ReloadOnChange = true);

    private static IS3CriteriaBuilder Configure(IS3CriteriaBuilder builder, Action<S3CriteriaOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure(configure);
        return builder;
    }
}
