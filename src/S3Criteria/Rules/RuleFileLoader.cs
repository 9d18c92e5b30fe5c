using S3Criteria.Diagnostics;
using S3Criteria.Text;

namespace S3Criteria.Rules;

/// <summary>
/// Reads rule files and the files they extend, each once, extended files first: the order in which their rules,
/// criteria and parameters are composed. Resolves <c>extends:</c> targets and keeps paths below the rule set's root
/// unless the caller allows otherwise. Reading a file's format is left to the caller's reader.
/// </summary>
internal sealed class RuleFileLoader
{
    private readonly Func<RuleSource, ICollection<Diagnostic>, RuleFileDefinition?> _read;
    private readonly DocumentLimits _limits;
    private readonly bool _extendsOutsideRoot;
    private readonly ICollection<Diagnostic> _diagnostics;
    private readonly List<LoadedRuleFile> _loaded = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    private RuleFileLoader(Func<RuleSource, ICollection<Diagnostic>, RuleFileDefinition?> read, DocumentLimits limits, bool extendsOutsideRoot, ICollection<Diagnostic> diagnostics)
    {
        _read = read;
        _limits = limits;
        _extendsOutsideRoot = extendsOutsideRoot;
        _diagnostics = diagnostics;
    }

    /// <summary>Reads <paramref name="sources"/> and everything they extend, in composition order.</summary>
    /// <param name="sources">The files the caller added.</param>
    /// <param name="read">Reads a file's text into a definition (the format's reader); problems become diagnostics.</param>
    /// <param name="limits">The limits on files read from disk.</param>
    /// <param name="extendsOutsideRoot">Whether <c>extends:</c> may leave the directory of the file or directory added.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <returns>The files read, extended files before the files that extend them.</returns>
    public static IReadOnlyList<LoadedRuleFile> Load(
        IEnumerable<RuleSource> sources, Func<RuleSource, ICollection<Diagnostic>, RuleFileDefinition?> read, DocumentLimits limits, bool extendsOutsideRoot, ICollection<Diagnostic> diagnostics)
    {
        var loader = new RuleFileLoader(read, limits, extendsOutsideRoot, diagnostics);
        foreach (var source in sources)
        {
            loader.Load(source);
        }

        return loader._loaded;
    }

    private void Load(RuleSource source)
    {
        if (!_seen.Add(source.Key) || _read(source, _diagnostics) is not { } file)
        {
            return;
        }

        foreach (var extends in file.Extends)
        {
            foreach (var extended in Resolve(source, extends))
            {
                Load(extended);
            }
        }

        _loaded.Add(new LoadedRuleFile(source, file));
    }

    private List<RuleSource> Resolve(RuleSource source, ExtendsReference extends)
    {
        var (target, location) = (extends.Target, extends.Location);
        if (target == ExtendsReference.BuiltIn)
        {
            return RuleSources.BuiltIn();
        }

        if (source.Root is null)
        {
            _diagnostics.Add(Messages.ExtendsNeedsFile.At(location, ("target", target)));
            return [];
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(source.Name))!;
        var path = Path.GetFullPath(Path.Combine(directory, target));
        if (!_extendsOutsideRoot)
        {
            // Compare real paths (links resolved, '..' taken after them), so that a link below the root cannot lead out of
            // it. The file outside is never opened, so nothing of it (its keys, its text) can reach an error message.
            var real = RealPath.Of(Path.Combine(directory, target), out var followedLink);
            if (Path.IsPathRooted(target) || real is null || !RealPath.IsWithin(real, source.Root))
            {
                var message = followedLink && !Path.IsPathRooted(target) ? Messages.ExtendsLinkLeavesRoot : Messages.ExtendsLeavesRoot;
                _diagnostics.Add(message.At(location, ("target", target), ("root", source.Root)));
                return [];
            }

            path = real;
        }

        if (Directory.Exists(path))
        {
            return RuleSources.Directory(path, source.Root, _limits, _diagnostics);
        }

        if (!File.Exists(path))
        {
            _diagnostics.Add(Messages.ExtendsNotFound.At(location, ("target", target), ("path", path)));
            return [];
        }

        return BoundedFile.ReadText(path, _limits, _diagnostics) is { } text ? [new RuleSource(path, text, source.Root)] : [];
    }
}
