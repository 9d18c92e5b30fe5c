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

    /// <summary>One file from disk; its directory bounds its <c>extends:</c>.</summary>
    public static List<RuleSource> File(string path, DocumentLimits limits, ICollection<Diagnostic> diagnostics) =>
        BoundedFile.ReadText(path, limits, diagnostics) is { } text
            ? [new RuleSource(path, text, Path.GetDirectoryName(Path.GetFullPath(path)))]
            : [];

    /// <summary>Every rule file under a directory that the caller added; the directory bounds their <c>extends:</c>.</summary>
    public static List<RuleSource> Directory(string path, DocumentLimits limits, ICollection<Diagnostic> diagnostics)
    {
        if (!System.IO.Directory.Exists(path))
        {
            diagnostics.Add(Messages.RulesDirectoryMissing.At(null, ("path", path)));
            return [];
        }

        return Directory(path, Path.GetFullPath(path), limits, diagnostics);
    }

    /// <summary>Every rule file under a directory (not rule tests), in ordinal order, bounded by <paramref name="root"/>.</summary>
    public static List<RuleSource> Directory(string directory, string root, DocumentLimits limits, ICollection<Diagnostic> diagnostics) =>
        [.. System.IO.Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories)
            .Where(IsRuleFile)
            .Order(StringComparer.Ordinal)
            .Select(file => (file, Text: BoundedFile.ReadText(file, limits, diagnostics)))
            .Where(pair => pair.Text is not null)
            .Select(pair => new RuleSource(pair.file, pair.Text!, root))];

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
