namespace S3Criteria.Cli;

/// <summary>
/// Writes a file so that a reader sees either the old file or the whole new one: the content goes to a temporary
/// file in the same folder, which is flushed to disk and then renamed over the target. When anything fails (a full
/// disk, a folder that cannot be written, a writer that throws) the temporary file is removed and the old file stays
/// as it was.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> with what <paramref name="write"/> writes to the stream it is given.</summary>
    /// <param name="path">The file to write; its folder must exist.</param>
    /// <param name="write">Writes the content; the stream is flushed and closed after it returns.</param>
    /// <param name="create">Opens the temporary file (tests put a failing stream here); a new file by default.</param>
    /// <exception cref="IOException">The file cannot be written; the old one, if any, is unchanged.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the file may not be written; the old one is unchanged.</exception>
    public static void Write(string path, Action<Stream> write, Func<string, Stream>? create = null)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new IOException($"'{path}' is not a file path.");
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The folder '{folder}' does not exist.");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = (create ?? Create)(temporary))
            {
                write(stream);
                if (stream is FileStream file)
                {
                    file.Flush(flushToDisk: true);
                }
                else
                {
                    stream.Flush();
                }
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    private static FileStream Create(string path) =>
        new(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None });

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path); // nothing to do after a successful rename
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A temporary file that cannot be removed is left behind; the target is what matters.
        }
    }
}
