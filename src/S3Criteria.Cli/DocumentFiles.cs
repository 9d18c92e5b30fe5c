using Microsoft.Extensions.FileSystemGlobbing;

namespace S3Criteria.Cli;

/// <summary>Expands the document arguments: files, directories (every .yaml, .yml, .json and .xlsx below) and glob patterns.</summary>
internal static class DocumentFiles
{
    public static List<string>? Expand(IEnumerable<string> arguments, TextWriter error)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            if (argument.IndexOfAny(['*', '?']) >= 0)
            {
                var matches = Glob(argument);
                if (matches.Count == 0)
                {
                    error.WriteLine($"error: the pattern '{argument}' matches no file.");
                    return null;
                }

                files.AddRange(matches);
            }
            else if (Directory.Exists(argument))
            {
                files.AddRange(Directory.EnumerateFiles(argument, "*.*", SearchOption.AllDirectories)
                    .Where(IsDocument)
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(argument))
            {
                files.Add(argument);
            }
            else
            {
                error.WriteLine($"error: the strategy document '{argument}' does not exist.");
                return null;
            }
        }

        if (files.Count == 0)
        {
            error.WriteLine("error: no strategy document (.yaml, .yml, .json or .xlsx) was found.");
            return null;
        }

        return [.. files.Distinct(StringComparer.Ordinal)];
    }

    private static bool IsDocument(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".YAML" or ".YML" => !path.EndsWith(".tests.yaml", StringComparison.OrdinalIgnoreCase),
        ".JSON" => true,
        // "~$strategy.xlsx" is the lock file a spreadsheet application keeps beside an open workbook.
        ".XLSX" => !Path.GetFileName(path).StartsWith("~$", StringComparison.Ordinal),
        _ => false,
    };

    private static List<string> Glob(string pattern)
    {
        // The fixed part of the pattern (up to the first segment with a wildcard) is the root to search.
        var segments = pattern.Replace('\\', '/').Split('/');
        var fixedCount = Array.FindIndex(segments, s => s.IndexOfAny(['*', '?']) >= 0);
        var root = fixedCount == 0 ? "." : string.Join('/', segments[..fixedCount]);
        if (root.Length == 0)
        {
            root = "/";
        }

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
