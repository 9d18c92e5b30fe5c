using System.Reflection;
using System.Text;
using S3Criteria.Diagnostics;
using S3Criteria.Text;

namespace S3Criteria.Rules;

/// <summary>Where rule files come from: the built-in set, an assembly's resources, a file, or a directory.</summary>
internal static class RuleSources
{
    private const string ResourcePrefix = "S3Criteria.Rules.";

    /// <summary>Tells rule files from rule tests (<c>*.tests.yaml</c>, see docs/rule-tests.md).</summary>
    public static bool IsRuleFile(string path) =>
        (path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        && !path.EndsWith(".tests.yaml", StringComparison.OrdinalIgnoreCase)
        && !path.EndsWith(".tests.yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>The built-in rules for enabling condition 1.1, embedded in this assembly, in ordinal order.</summary>
    public static List<RuleSource> BuiltIn()
    {
        var assembly = typeof(RuleSources).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => new RuleSource($"builtin:{name[ResourcePrefix.Length..]}", ReadResource(assembly, name), null))];
    }

    /// <summary>Every rule file embedded in <paramref name="assembly"/> (not rule tests), in ordinal order.</summary>
    public static List<RuleSource> Embedded(Assembly assembly) =>
        [.. assembly.GetManifestResourceNames()
            .Where(IsRuleFile)
            .Order(StringComparer.Ordinal)
            .Select(name => new RuleSource($"{assembly.GetName().Name}:{name}", ReadResource(assembly, name), null))];

    /// <summary>One file from disk; its directory (its real path, links resolved) bounds its <c>extends:</c>.</summary>
    public static List<RuleSource> File(string path, DocumentLimits limits, ICollection<Diagnostic> diagnostics) =>
        BoundedFile.ReadText(path, limits, diagnostics) is { } text
            ? [new RuleSource(path, text, Real(Path.GetDirectoryName(Path.GetFullPath(path))!))]
            : [];

    /// <summary>Every rule file under a directory that the caller added; the directory (its real path) bounds them and their <c>extends:</c>.</summary>
    public static List<RuleSource> Directory(string path, DocumentLimits limits, ICollection<Diagnostic> diagnostics)
    {
        if (!System.IO.Directory.Exists(path))
        {
            diagnostics.Add(Messages.RulesDirectoryMissing.At(null, ("path", path)));
            return [];
        }

        return Directory(path, Real(Path.GetFullPath(path)), limits, diagnostics);
    }

    /// <summary>
    /// Every rule file under a directory (not rule tests), in ordinal order, bounded by the real path <paramref name="root"/>:
    /// a file or folder that is a link leading out of it is an error, and is not read.
    /// </summary>
    public static List<RuleSource> Directory(string directory, string root, DocumentLimits limits, ICollection<Diagnostic> diagnostics)
    {
        var files = new List<string>();
        Walk(directory, root, files, new HashSet<string>(StringComparer.Ordinal) { Real(Path.GetFullPath(directory)) }, diagnostics);
        return [.. files
            .Order(StringComparer.Ordinal)
            .Select(file => (file, Text: BoundedFile.ReadText(file, limits, diagnostics)))
            .Where(pair => pair.Text is not null)
            .Select(pair => new RuleSource(pair.file, pair.Text!, root))];
    }

    /// <summary>The real path of <paramref name="path"/>, or the path itself when it cannot be resolved (a loop of links).</summary>
    public static string Real(string path) => RealPath.Of(path) ?? path;

    /// <summary>Collects the rule files under <paramref name="directory"/>, following links only while they stay below <paramref name="root"/>.</summary>
    private static void Walk(string directory, string root, List<string> files, HashSet<string> visited, ICollection<Diagnostic> diagnostics)
    {
        foreach (var entry in System.IO.Directory.EnumerateFileSystemEntries(directory).Order(StringComparer.Ordinal))
        {
            var isDirectory = System.IO.Directory.Exists(entry);
            if (!isDirectory && !IsRuleFile(entry))
            {
                continue;
            }

            var real = RealPath.Of(entry);
            if (real is null || !RealPath.IsWithin(real, root))
            {
                diagnostics.Add(Messages.RulesLinkLeavesRoot.At(new SourceLocation(entry, 1, 1), ("path", entry), ("root", root)));
            }
            else if (!isDirectory)
            {
                files.Add(entry);
            }
            else if (visited.Add(real))
            {
                Walk(entry, root, files, visited, diagnostics);
            }
        }
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
