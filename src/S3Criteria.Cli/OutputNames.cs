namespace S3Criteria.Cli;

/// <summary>
/// Names the output files of a run that writes one file per document: the document's file name without its extension,
/// and where several documents share one (<c>a/s.yaml</c>, <c>b/s.yaml</c>), their paths relative to the folder they
/// share (<c>a-s</c>, <c>b-s</c>); a number is added to any name that still repeats. Names never differ only in case,
/// and hold no character that a file system refuses.
/// </summary>
internal static class OutputNames
{
    private static readonly char[] Refused = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    /// <summary>Returns one name per document, in the order given, all different (ignoring case).</summary>
    /// <param name="documents">The documents' paths (or, for a report without a file, the strategy's identifier).</param>
    public static IReadOnlyList<string> For(IReadOnlyList<string> documents)
    {
        var names = documents.Select(d => Clean(Path.GetFileNameWithoutExtension(d))).ToArray();
        foreach (var group in Enumerable.Range(0, names.Length).GroupBy(i => names[i], StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var members = group.ToArray();
            var full = members.Select(i => Path.GetFullPath(documents[i])).ToArray();
            var shared = SharedFolder(full);
            foreach (var (index, path) in members.Zip(full))
            {
                var relative = Path.GetRelativePath(shared, path);
                var withoutExtension = Path.Combine(Path.GetDirectoryName(relative) ?? string.Empty, Path.GetFileNameWithoutExtension(relative));
                names[index] = Clean(withoutExtension.Replace(Path.DirectorySeparatorChar, '-').Replace(Path.AltDirectorySeparatorChar, '-'));
            }
        }

        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            for (var n = 2; !taken.Add(name); n++)
            {
                name = $"{names[i]}-{n}";
            }

            names[i] = name;
        }

        return names;
    }

    private static string SharedFolder(string[] paths)
    {
        var shared = Path.GetDirectoryName(paths[0]) ?? string.Empty;
        while (shared.Length > 0 && !paths.All(p => p.StartsWith(shared.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            shared = Path.GetDirectoryName(shared) ?? string.Empty;
        }

        return shared.Length == 0 ? Path.GetPathRoot(paths[0]) ?? "/" : shared;
    }

    private static string Clean(string name)
    {
        var clean = new string([.. name.Select(c => char.IsControl(c) || Array.IndexOf(Refused, c) >= 0 ? '_' : c)]).Trim();
        return clean.Length == 0 || clean.Trim('.').Length == 0 ? "report" : clean;
    }
}
