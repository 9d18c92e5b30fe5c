using NRules;
using S3Criteria.Model;
using S3Criteria.Rules;
using S3Criteria.Rules.Language;

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
    private readonly IReadOnlyList<RuleParameterDescriptor>[] _parametersOf;

    internal RuleSet(ComposedRuleSet composed, CompiledRules compiled, ISessionFactory sessionFactory)
    {
        Id = composed.Header?.Id ?? "custom";
        Version = composed.Header?.Version ?? "0";
        Title = composed.Header?.Title;
        ContentHash = composed.ContentHash;
        Composition = composed;
        Criteria = composed.Criteria;
        Parameters = composed.ParameterDescriptors;
        DisabledRules = composed.DisabledRules;
        Vehicles = composed.Vehicles;
        Compiled = compiled.Rules;
        Rules = [.. compiled.Rules.Select(r => r.Descriptor)];
        SessionFactory = sessionFactory;
        EngineRuleIndex = compiled.Definitions.ToDictionary(
            d => d.Name,
            d => NRulesDefinitions.TryParseIndex(d.Name, out var index) ? index : -1,
            StringComparer.Ordinal);
        _byId = Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        _parametersOf = [.. Rules.Select(r => (IReadOnlyList<RuleParameterDescriptor>)[.. r.Parameters.Select(name => Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal))).OfType<RuleParameterDescriptor>()])];
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

    /// <summary>Gets the rules as composed from their files, before compilation: what a reader of the rules' text (the forecast) needs.</summary>
    internal ComposedRuleSet Composition { get; }

    internal ISessionFactory SessionFactory { get; }

    /// <summary>Gets the index of the loaded rule behind each NRules rule, by NRules rule name.</summary>
    internal IReadOnlyDictionary<string, int> EngineRuleIndex { get; }

    /// <summary>Gets the parameters, with their values, that the loaded rule at <paramref name="index"/> uses.</summary>
    internal IReadOnlyList<RuleParameterDescriptor> ParametersOf(int index) => _parametersOf[index];

    /// <summary>Runs one evaluation in a fresh engine session.</summary>
    /// <param name="scope">The strategy and the evaluation date.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    /// <returns>What the rules recorded.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    internal EvaluationSink Run(EvaluationScope scope, CancellationToken cancellationToken = default) => EngineSession.Run(this, scope, cancellationToken);

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
