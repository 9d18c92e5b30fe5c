namespace S3Criteria.Tests.Support;

/// <summary>A path in the temporary folder, deleted with whatever was written beside it under the same name on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    /// <summary>Creates a unique path ending in <paramref name="extension"/>, and writes <paramref name="content"/> there if given.</summary>
    public TempFile(string extension, string? content = null)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"s3c-{Guid.NewGuid():N}{extension}");
        if (content is not null)
        {
            File.WriteAllText(Path, content);
        }
    }

    /// <summary>Gets the path.</summary>
    public string Path { get; }

    /// <summary>Deletes the file and any file whose name starts with it (an output written as <c>path + ".json"</c>).</summary>
    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(System.IO.Path.GetDirectoryName(Path)!, System.IO.Path.GetFileName(Path) + "*"))
        {
            File.Delete(file);
        }
    }
}
