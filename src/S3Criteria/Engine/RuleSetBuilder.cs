using System.Reflection;
using S3Criteria.Diagnostics;
using S3Criteria.Rules;
using S3Criteria.Rules.Yaml;
using S3Criteria.Text;

namespace S3Criteria.Engine;

/// <summary>
/// Collects rule files, parameter overrides and disabled rules, then loads, type-checks and compiles them into a
/// <see cref="RuleSet"/>. Every problem of every file is reported at once, each located by file, line and column.
/// </summary>
/// <example>
/// <code>
/// RuleSet rules = new RuleSetBuilder()
///     .AddBuiltInRules()
///     .SetParameter("min-measures-per-priority", "2")
///     .Build();
/// </code>
/// </example>
/// <threadsafety static="true" instance="false"/>
public sealed class RuleSetBuilder
{
    private readonly List<Func<List<Diagnostic>, IEnumerable<RuleSource>>> _sources = [];
    private readonly Dictionary<string, string> _overrides = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _disabled = new(StringComparer.Ordinal);
    private DocumentLimits _limits = DocumentLimits.Default;
    private bool _extendsOutsideRoot;
    private RuleCompilation _compilation = RuleCompilation.Compiled;

    /// <summary>Adds the built-in rules for enabling condition 1.1, embedded in this assembly.</summary>
    /// <returns>This builder.</returns>
    public RuleSetBuilder AddBuiltInRules()
    {
        _sources.Add(_ => RuleSources.BuiltIn());
        return this;
    }

    /// <summary>Adds the rule files embedded in an assembly: every manifest resource whose name ends in <c>.yaml</c> or <c>.yml</c>, except rule tests.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assembly"/> is <see langword="null"/>.</exception>
    public RuleSetBuilder AddEmbeddedRules(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        _sources.Add(_ => RuleSources.Embedded(assembly));
        return this;
    }

    /// <summary>Adds one rule file; it is read when the rule set is built.</summary>
    /// <param name="path">The YAML file.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public RuleSetBuilder AddFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        _sources.Add(diagnostics => RuleSources.File(path, _limits, diagnostics));
        return this;
    }

    /// <summary>
    /// Adds every <c>*.yaml</c> and <c>*.yml</c> file under a directory, in ordinal order of their paths, except rule
    /// tests (<c>*.tests.yaml</c>).
    /// </summary>
    /// <param name="path">The directory.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public RuleSetBuilder AddDirectory(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        _sources.Add(diagnostics => RuleSources.Directory(path, _limits, diagnostics));
        return this;
    }

    /// <summary>Adds rules written as YAML text.</summary>
    /// <param name="yaml">The rule file's text.</param>
    /// <param name="name">The name to show in locations. The default is <c>&lt;text&gt;</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="yaml"/> is <see langword="null"/>.</exception>
    public RuleSetBuilder AddYaml(string yaml, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        _sources.Add(_ => [new RuleSource(name ?? "<text>", yaml, null)]);
        return this;
    }

    /// <summary>
    /// Overrides a parameter's default without editing the rule file. The value is written as in YAML: <c>2</c>,
    /// <c>0.5</c>, <c>true</c>, text, or a comma-separated list; it must have the type of the declared default.
    /// </summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="value"/> is <see langword="null"/>.</exception>
    public RuleSetBuilder SetParameter(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        _overrides[name] = value;
        return this;
    }

    /// <summary>Disables a rule; the reason is recorded in every report.</summary>
    /// <param name="ruleId">The rule's identifier.</param>
    /// <param name="reason">Why it is disabled.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> or <paramref name="reason"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    public RuleSetBuilder DisableRule(string ruleId, string reason)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        _disabled[ruleId] = reason;
        return this;
    }

    /// <summary>Sets the limits on the size, depth and items of rule files (for rules from sources you do not trust).</summary>
    /// <param name="limits">The limits.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is <see langword="null"/>.</exception>
    public RuleSetBuilder WithLimits(DocumentLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        _limits = limits;
        return this;
    }

    /// <summary>Chooses how conditions become code. The default, <see cref="RuleCompilation.Compiled"/>, suits services and batches.</summary>
    /// <param name="compilation">The mode.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder WithCompilation(RuleCompilation compilation)
    {
        _compilation = compilation;
        return this;
    }

    /// <summary>
    /// Lets <c>extends:</c> in rule files reach files outside the directory of the file or directory added (by
    /// <c>../</c> or an absolute path). Off by default, so that a rule file from elsewhere cannot pull in other files.
    /// </summary>
    /// <returns>This builder.</returns>
    public RuleSetBuilder AllowExtendsOutsideRoot()
    {
        _extendsOutsideRoot = true;
        return this;
    }

    /// <summary>Loads, checks and compiles the rules.</summary>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetException">A file cannot be read or has problems; every problem of every file is listed.</exception>
    public RuleSet Build() => TryBuild().GetValueOrThrow();

    /// <summary>Loads, checks and compiles the rules without throwing for problems in them.</summary>
    /// <returns>The rule set, or every problem of every file.</returns>
    public LoadResult<RuleSet> TryBuild()
    {
        var diagnostics = new List<Diagnostic>();
        var sources = _sources.SelectMany(source => source(diagnostics)).ToList();
        if (sources.Count == 0 && diagnostics.Count == 0)
        {
            diagnostics.Add(Messages.NoRuleFiles.At(null));
        }

        var request = new CompositionRequest(_overrides, _disabled, _limits, _extendsOutsideRoot);
        var composed = RuleSetComposer.Compose(sources, Read, request, diagnostics);
        var compiled = RuleSetCompiler.Compile(composed, diagnostics);
        if (diagnostics.Count > 0 || SessionFactoryCompiler.Compile(compiled.Definitions, _compilation, diagnostics) is not { } factory)
        {
            return Loaded(null, diagnostics);
        }

        return Loaded(new RuleSet(composed, compiled, factory), []);
    }

    /// <summary>Tells rule files from rule tests (<c>*.tests.yaml</c>, see docs/rule-tests.md).</summary>
    internal static bool IsRuleFile(string path) => RuleSources.IsRuleFile(path);

    private RuleFileDefinition? Read(RuleSource source, ICollection<Diagnostic> diagnostics) =>
        RuleFileReader.Read(new SourceText(source.Text, source.Name), diagnostics, _limits);

    private static LoadResult<RuleSet> Loaded(RuleSet? ruleSet, IReadOnlyList<Diagnostic> diagnostics) =>
        new(ruleSet, diagnostics, problems => new RuleSetException(problems));
}
