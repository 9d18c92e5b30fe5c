namespace S3Criteria.Writers;

/// <summary>Document paths as CI annotations name them: relative to the base directory with forward slashes, as a repository names its files.</summary>
internal static class DocumentPaths
{
    /// <summary>
    /// The path relative to <paramref name="baseDirectory"/> with forward slashes when the file is inside it; else the
    /// full path. Without a base directory, the path as given, with forward slashes. Nothing is read from the disk.
    /// </summary>
    public static string Relative(string path, string? baseDirectory)
    {
        if (baseDirectory is null)
        {
            return path.Replace('\\', '/');
        }

        var full = Path.GetFullPath(path, baseDirectory);
        var relative = Path.GetRelativePath(baseDirectory, full);
        var inside = !Path.IsPathRooted(relative) && relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return (inside ? relative : full).Replace('\\', '/');
    }
}
