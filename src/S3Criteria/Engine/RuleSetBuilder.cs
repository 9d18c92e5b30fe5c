using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using NRules;
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
///     .SetParameter("min-active-partnerships-per-priority", "2")
///     .Build();
/// </code>
/// </example>
/// <threadsafety static="true" instance="false"/>
public sealed class RuleSetBuilder
{
    private const string ResourcePrefix = "S3Criteria.Rules.";
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
        _sources.Add(_ => BuiltInSources());
        return this;
    }

    /// <summary>Adds the rule files embedded in an assembly: every manifest resource whose name ends in <c>.yaml</c> or <c>.yml</c>, except rule tests.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assembly"/> is <see langword="null"/>.</exception>
    public RuleSetBuilder AddEmbeddedRules(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        _sources.Add(_ => assembly.GetManifestResourceNames()
            .Where(IsRuleFile)
            .Order(StringComparer.Ordinal)
            .Select(name => new RuleSource($"{assembly.GetName().Name}:{name}", ReadResource(assembly, name), null))
            .ToList());
        return this;
    }

    /// <summary>Adds one rule file; it is read when the rule set is built.</summary>
    /// <param name="path">The YAML file.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public RuleSetBuilder AddFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        _sources.Add(diagnostics => BoundedFile.ReadText(path, _limits, diagnostics) is { } text
            ? [new RuleSource(path, text, Path.GetDirectoryName(Path.GetFullPath(path)))]
            : []);
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
        _sources.Add(diagnostics =>
        {
            if (!Directory.Exists(path))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.FileNotReadable, $"The rules directory '{path}' does not exist."));
                return [];
            }

            return ReadDirectory(path, Path.GetFullPath(path), diagnostics);
        });
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
            diagnostics.Add(new Diagnostic(DiagnosticCodes.FileNotReadable, "No rule files were added; call AddBuiltInRules, AddFile, AddDirectory or AddYaml."));
        }

        var loaded = new List<(RuleSource Source, RuleFileSyntax File)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            Load(source, loaded, seen, diagnostics);
        }

        var files = loaded.Select(l => l.File).ToList();
        var texts = loaded.Select(l => (l.Source.Name, l.Source.Text)).ToList();

        var compiler = new RuleSetCompiler(diagnostics);
        compiler.Compile(files, _overrides, _disabled);
        if (diagnostics.Count > 0)
        {
            return Loaded(null, diagnostics);
        }

        ISessionFactory factory;
        try
        {
            var engine = new RuleCompiler
            {
                ExpressionCompiler = _compilation == RuleCompilation.Interpreted ? new InterpretingExpressionCompiler() : new FastExpressionCompilerAdapter(),
            };

            factory = engine.Compile(compiler.Definitions);
        }
        catch (RuleCompilationException exception)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.CompilationFailed, $"The engine rejected rule '{exception.RuleName}': {exception.InnerException?.Message ?? exception.Message}"));
            return Loaded(null, diagnostics);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or NotSupportedException)
        {
            // A defect of S3Criteria, not of the rule files: reported, never leaked as an engine exception.
            diagnostics.Add(new Diagnostic(DiagnosticCodes.CompilationFailed, $"The engine could not compile the rules: {exception.Message}"));
            return Loaded(null, diagnostics);
        }

        var header = files.Select(f => f.Header).FirstOrDefault(h => h is not null);
        var engineIndex = compiler.Definitions.ToDictionary(
            d => d.Name,
            d => NRulesDefinitions.TryParseIndex(d.Name, out var index) ? index : -1,
            StringComparer.Ordinal);
        var ruleSet = new RuleSet(
            header?.Id ?? "custom",
            header?.Version ?? "0",
            header?.Title,
            Hash(texts),
            compiler.Criteria,
            compiler.Parameters,
            [.. compiler.Disabled.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => new DisabledRule(d.Key, d.Value))],
            compiler.Vehicles,
            compiler.Rules,
            factory,
            engineIndex);
        return Loaded(ruleSet, []);
    }

    /// <summary>Tells rule files from rule tests (<c>*.tests.yaml</c>, see docs/rule-tests.md).</summary>
    internal static bool IsRuleFile(string path) =>
        (path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        && !path.EndsWith(".tests.yaml", StringComparison.OrdinalIgnoreCase)
        && !path.EndsWith(".tests.yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a rule file after the files it extends, once each, so that extended rules come first.</summary>
    private void Load(RuleSource source, List<(RuleSource, RuleFileSyntax)> loaded, HashSet<string> seen, List<Diagnostic> diagnostics)
    {
        if (!seen.Add(source.Key))
        {
            return;
        }

        if (RuleFileReader.Read(new SourceText(source.Text, source.Name), diagnostics, _limits) is not { } file)
        {
            return;
        }

        foreach (var (target, location) in file.Extends)
        {
            foreach (var extended in Resolve(source, target, location, diagnostics))
            {
                Load(extended, loaded, seen, diagnostics);
            }
        }

        loaded.Add((source, file));
    }

    private List<RuleSource> Resolve(RuleSource source, string target, SourceLocation location, List<Diagnostic> diagnostics)
    {
        if (target == "builtin")
        {
            return BuiltInSources();
        }

        if (source.Root is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidValue, $"'{target}' cannot be resolved: only rule files added from disk can extend other files by path; text and embedded rules can extend 'builtin'.", location));
            return [];
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(source.Name))!;
        var path = Path.GetFullPath(Path.Combine(directory, target));
        var inside = path.StartsWith(source.Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if ((Path.IsPathRooted(target) || !inside) && !_extendsOutsideRoot)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidValue, $"'{target}' leaves the rule set's root ({source.Root}); extends may only name 'builtin' or files below it, unless the caller allows it.", location));
            return [];
        }

        if (Directory.Exists(path))
        {
            return ReadDirectory(path, source.Root, diagnostics);
        }

        if (!File.Exists(path))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.FileNotReadable, $"'{target}' does not exist (resolved to {path}).", location));
            return [];
        }

        return BoundedFile.ReadText(path, _limits, diagnostics) is { } text ? [new RuleSource(path, text, source.Root)] : [];
    }

    /// <summary>Reads every rule file under a directory (not rule tests), in ordinal order, bounded by <paramref name="root"/>.</summary>
    private List<RuleSource> ReadDirectory(string directory, string root, List<Diagnostic> diagnostics) =>
        [.. Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories)
            .Where(IsRuleFile)
            .Order(StringComparer.Ordinal)
            .Select(file => (file, Text: BoundedFile.ReadText(file, _limits, diagnostics)))
            .Where(pair => pair.Text is not null)
            .Select(pair => new RuleSource(pair.file, pair.Text!, root))];

    private static List<RuleSource> BuiltInSources()
    {
        var assembly = typeof(RuleSetBuilder).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => new RuleSource($"builtin:{name[ResourcePrefix.Length..]}", ReadResource(assembly, name), null))];
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string Hash(IEnumerable<(string Name, string Text)> texts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (_, text) in texts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n")));
            hash.AppendData([0]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>A rule file's text, its name for locations, and the directory its <c>extends:</c> may not leave.</summary>
    private static LoadResult<RuleSet> Loaded(RuleSet? ruleSet, IReadOnlyList<Diagnostic> diagnostics) =>
        new(ruleSet, diagnostics, problems => new RuleSetException(problems));

    private sealed record RuleSource(string Name, string Text, string? Root)
    {
        public string Key => Root is null ? Name : Path.GetFullPath(Name);
    }
}
