using Microsoft.Extensions.FileSystemGlobbing;
using S3Criteria.Documents;
using S3Criteria.Localization;
using S3Criteria.Office;

namespace S3Criteria.Cli;

/// <summary>
/// Expands the document arguments: files, <c>-</c> (standard input), directories and glob patterns. A file named on
/// the command line is always loaded; from a directory or a pattern only strategy documents are, recognised by their
/// content (<see cref="StrategyDocument.LooksLikeStrategy"/>): rule files, rule tests, waivers, reports, schemas and
/// build files are skipped with a note, as are the directories <c>bin</c>, <c>obj</c>, <c>node_modules</c> and those whose
/// name starts with a dot (<c>.git</c>), and whatever an <c>--exclude</c> pattern matches.
/// </summary>
internal static class DocumentFiles
{
    /// <summary>The argument that stands for standard input.</summary>
    public const string StandardInput = "-";

    private static readonly string[] SkippedDirectories = ["bin", "obj", "node_modules"];

    /// <summary>Expands the arguments; problems go to <paramref name="error"/>, notes of skipped files to <paramref name="status"/>, in the language of <paramref name="labels"/>.</summary>
    /// <returns>The files in order, without duplicates; <see langword="null"/> after a problem.</returns>
    public static List<string>? Expand(IEnumerable<string> arguments, IReadOnlyList<string> excludes, TextWriter error, TextWriter status, Labels labels)
    {
        var excluded = Exclusions(excludes);
        var files = new List<string>();
        var skipped = new List<string>();
        foreach (var argument in arguments)
        {
            if (argument == StandardInput)
            {
                files.Add(argument);
            }
            else if (argument.IndexOfAny(['*', '?']) >= 0)
            {
                var matches = Glob(argument);
                if (matches.Count == 0)
                {
                    CliError.Write(error, labels.Format("cli.pattern-no-match", ("pattern", argument)));
                    return null;
                }

                files.AddRange(Discovered(matches.Where(f => !excluded(f, GlobRoot(argument))), skipped));
            }
            else if (Directory.Exists(argument))
            {
                files.AddRange(Discovered(Walk(argument).Where(f => IsDocument(f) && !excluded(f, argument)).Order(StringComparer.Ordinal), skipped));
            }
            else if (File.Exists(argument))
            {
                files.Add(argument);
            }
            else
            {
                CliError.Write(error, labels.Format("cli.document-missing", ("path", argument)));
                return null;
            }
        }

        if (files.Count(f => f == StandardInput) > 1)
        {
            CliError.Write(error, labels["cli.stdin-once"]);
            return null;
        }

        if (skipped.Count > 0)
        {
            var listed = string.Join(", ", skipped.Take(5)) + (skipped.Count > 5 ? labels.Format("cli.and-more", ("count", skipped.Count - 5)) : string.Empty);
            status.WriteLine(labels.Format("cli.skipped", ("count", skipped.Count), ("files", listed)));
        }

        if (files.Count == 0)
        {
            CliError.Write(error, labels["cli.no-document"]);
            return null;
        }

        return [.. files.Distinct(StringComparer.Ordinal)];
    }

    private static List<string> Discovered(IEnumerable<string> candidates, List<string> skipped)
    {
        string[] all = [.. candidates];
        var isStrategy = new bool[all.Length];
        Parallel.For(0, all.Length, i => isStrategy[i] = StrategyWorkbook.IsWorkbook(all[i]) ? StrategyWorkbook.LooksLikeStrategy(all[i]) : StrategyDocument.LooksLikeStrategy(all[i]));
        skipped.AddRange(all.Where((_, i) => !isStrategy[i]));
        return [.. all.Where((_, i) => isStrategy[i])];
    }

    /// <summary>Every file below a directory, leaving out build output, dependencies and hidden directories.</summary>
    private static IEnumerable<string> Walk(string directory)
    {
        var pending = new Stack<string>([directory]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(current))
            {
                yield return file;
            }

            foreach (var child in Directory.EnumerateDirectories(current))
            {
                var name = Path.GetFileName(child);
                if (!name.StartsWith('.') && !SkippedDirectories.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    pending.Push(child);
                }
            }
        }
    }

    /// <summary>
    /// The <c>--exclude</c> patterns as a test on a path found below a root (the directory or the fixed part of the
    /// pattern given), matched against the path relative to the current directory and relative to the root: a pattern
    /// without '/' matches a file or directory name at any depth (<c>drafts</c>, <c>*.old.yaml</c>), one with '/' the
    /// relative path (<c>samples/legacy/**</c>); a matched directory excludes everything below it.
    /// </summary>
    private static Func<string, string, bool> Exclusions(IReadOnlyList<string> patterns)
    {
        if (patterns.Count == 0)
        {
            return (_, _) => false;
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        foreach (var raw in patterns)
        {
            var pattern = raw.Replace('\\', '/').TrimEnd('/');
            pattern = pattern.StartsWith("./", StringComparison.Ordinal) ? pattern[2..] : pattern;
            if (pattern.Length == 0)
            {
                continue;
            }

            var rooted = pattern.Contains('/', StringComparison.Ordinal) ? pattern : $"**/{pattern}";
            matcher.AddInclude(rooted);
            matcher.AddInclude($"{rooted}/**");
        }

        bool Matches(string relative) =>
            !relative.StartsWith("..", StringComparison.Ordinal) && matcher.Match(relative.Replace('\\', '/')).HasMatches;
        return (path, root) => Matches(Path.GetRelativePath(Directory.GetCurrentDirectory(), path)) || Matches(Path.GetRelativePath(root, path));
    }

    private static bool IsDocument(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".YAML" or ".YML" => !path.EndsWith(".tests.yaml", StringComparison.OrdinalIgnoreCase),
        ".JSON" => true,
        // "~$strategy.xlsx" is the lock file a spreadsheet application keeps beside an open workbook.
        ".XLSX" => !Path.GetFileName(path).StartsWith("~$", StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>The fixed part of a pattern (up to the first segment with a wildcard): the root to search.</summary>
    private static string GlobRoot(string pattern)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        var fixedCount = Array.FindIndex(segments, s => s.IndexOfAny(['*', '?']) >= 0);
        var root = fixedCount == 0 ? "." : string.Join('/', segments[..fixedCount]);
        return root.Length == 0 ? "/" : root;
    }

    private static List<string> Glob(string pattern)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        var fixedCount = Array.FindIndex(segments, s => s.IndexOfAny(['*', '?']) >= 0);
        var root = GlobRoot(pattern);

        if (!Directory.Exists(root))
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', segments[fixedCount..]));
        return [.. matcher.GetResultsInFullPath(root)
            .Select(path => Path.GetRelativePath(Directory.GetCurrentDirectory(), path))
            .Where(IsDocument)
            .Order(StringComparer.Ordinal)];
    }
}
