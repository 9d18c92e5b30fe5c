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
                diagnostics.Add(new Diagnostic(DiagnosticCodes.LimitExceeded, $"The file has {info.Length} bytes; the limit is {limits.MaxDocumentLength} characters.", new SourceLocation(path, 1, 1)));
                return null;
            }

            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.FileNotReadable, $"The file cannot be read: {exception.Message}", new SourceLocation(path, 1, 1)));
            return null;
        }
    }
}
