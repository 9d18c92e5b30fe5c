using S3Criteria.Diagnostics;

namespace S3Criteria.Text;

/// <summary>Reads input files (documents, rule files, waivers) within the limits of <see cref="DocumentLimits"/>.</summary>
internal static class BoundedFile
{
    /// <summary>Reads a file's text unless it is larger than the limits allow; problems become diagnostics.</summary>
    public static string? ReadText(string path, DocumentLimits limits, ICollection<Diagnostic> diagnostics)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > (long)limits.MaxDocumentLength * 4)
            {
                diagnostics.Add(Messages.FileTooLarge.At(new SourceLocation(path, 1, 1), ("bytes", info.Length), ("limit", limits.MaxDocumentLength)));
                return null;
            }

            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            diagnostics.Add(Messages.FileNotReadable.At(new SourceLocation(path, 1, 1), ("reason", exception.Message)));
            return null;
        }
    }
}
