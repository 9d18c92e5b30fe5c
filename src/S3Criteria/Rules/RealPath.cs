namespace S3Criteria.Rules;

/// <summary>
/// Resolves a path the way the operating system opens it: every symbolic link on the way, and <c>..</c> after the link
/// it follows, not before. Containment checks compare such real paths, so that a link inside a rule directory cannot
/// lead a rule set to a file outside it.
/// </summary>
internal static class RealPath
{
    /// <summary>The most links one path may go through (as Linux allows, ELOOP past it).</summary>
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <summary>Resolves <paramref name="path"/> (relative to the current directory when not rooted).</summary>
    /// <param name="path">The path.</param>
    /// <returns>The real path, or <see langword="null"/> when it goes through more than 40 links (a loop).</returns>
    public static string? Of(string path) => Of(path, out _);

    /// <summary>Resolves <paramref name="path"/> (relative to the current directory when not rooted).</summary>
    /// <param name="path">The path.</param>
    /// <param name="followedLink">Whether a symbolic link was on the way.</param>
    /// <returns>The real path, or <see langword="null"/> when it goes through more than 40 links (a loop).</returns>
    public static string? Of(string path, out bool followedLink)
    {
        var absolute = Path.IsPathRooted(path) ? path : Path.Combine(Directory.GetCurrentDirectory(), path);
        var current = Path.GetPathRoot(absolute)!;
        var remaining = new Stack<string>(Parts(absolute[current.Length..]).Reverse());
        var links = 0;
        followedLink = false;
        while (remaining.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                // The current path is real already, so its parent is the parent the system would take.
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            if (LinkTarget(next) is not { } target)
            {
                current = next;
                continue;
            }

            followedLink = true;
            if (++links > MaxLinks)
            {
                return null;
            }

            // Follow the link: its target's parts come next, from the root when it is absolute.
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            foreach (var linked in Parts(target).Reverse())
            {
                remaining.Push(linked);
            }
        }

        return current;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="root"/> or below it; both real paths.</summary>
    public static bool IsWithin(string path, string root) =>
        string.Equals(path, root, StringComparison.Ordinal)
        || path.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string[] Parts(string path) => path.Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
