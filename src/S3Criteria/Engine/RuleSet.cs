using NRules;
using S3Criteria.Model;
using S3Criteria.Rules;

namespace S3Criteria.Engine;

/// <summary>
/// A loaded, type-checked and compiled set of rules. Build one with <see cref="RuleSetBuilder"/> and keep it: compiling
/// costs tens to hundreds of milliseconds, evaluating against it well under one.
/// </summary>
/// <remarks>
/// A rule set is immutable and safe to share between threads; every evaluation runs in its own engine session.
/// </remarks>
/// <threadsafety static="true" instance="true"/>
public sealed class RuleSet
{
    private readonly Dictionary<string, RuleDescriptor> _byId;

    internal RuleSet(
        string id,
        string version,
        string? title,
        string contentHash,
        IReadOnlyList<CriterionDescriptor> criteria,
        IReadOnlyList<RuleParameterDescriptor> parameters,
        IReadOnlyList<DisabledRule> disabledRules,
        IReadOnlyList<CooperationVehicle> vehicles,
        IReadOnlyList<CompiledRule> compiled,
        ISessionFactory sessionFactory,
        IReadOnlyDictionary<string, int> engineRuleIndex)
    {
        Id = id;
        Version = version;
        Title = title;
        ContentHash = contentHash;
        Criteria = criteria;
        Parameters = parameters;
        DisabledRules = disabledRules;
        Vehicles = vehicles;
        Compiled = compiled;
        Rules = [.. compiled.Select(r => r.Descriptor)];
        SessionFactory = sessionFactory;
        EngineRuleIndex = engineRuleIndex;
        _byId = Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    /// <summary>Gets the rule set's identifier, from the first file that declares one; <c>custom</c> otherwise.</summary>
    public string Id { get; }

    /// <summary>Gets the rule set's version, from the first file that declares one; <c>0</c> otherwise.</summary>
    public string Version { get; }

    /// <summary>Gets the rule set's title, if declared.</summary>
    public string? Title { get; }

    /// <summary>Gets the SHA-256 of the rule files' contents, as lower-case hex: identifies exactly which rules a report used.</summary>
    public string ContentHash { get; }

    /// <summary>Gets the criteria the rule files declare, ordered by identifier.</summary>
    public IReadOnlyList<CriterionDescriptor> Criteria { get; }

    /// <summary>Gets the enabled rules, in file order.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>Gets the parameters, with their defaults and the values in force, ordered by name.</summary>
    public IReadOnlyList<RuleParameterDescriptor> Parameters { get; }

    /// <summary>Gets the rules the caller disabled, with reasons.</summary>
    public IReadOnlyList<DisabledRule> DisabledRules { get; }

    /// <summary>Gets the catalogue of cooperation vehicles the rule files declare (<c>vehicles:</c>), in file order.</summary>
    public IReadOnlyList<CooperationVehicle> Vehicles { get; }

    internal IReadOnlyList<CompiledRule> Compiled { get; }

    internal ISessionFactory SessionFactory { get; }

    internal IReadOnlyDictionary<string, int> EngineRuleIndex { get; }

    /// <summary>Finds an enabled rule by identifier.</summary>
    /// <param name="ruleId">The identifier, such as <c>C7-01</c>.</param>
    /// <returns>The rule, or <see langword="null"/> when no enabled rule has that identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is <see langword="null"/>.</exception>
    public RuleDescriptor? FindRule(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        return _byId.GetValueOrDefault(ruleId);
    }
}
