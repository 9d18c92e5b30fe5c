using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using S3Criteria.Engine;
using S3Criteria.Text;

namespace S3Criteria.DependencyInjection;

/// <summary>
/// The content of the rule directories at one moment, as one SHA-256: the path (relative to its directory), length
/// and bytes of every rule file, in the order the rule set builder reads them. Two equal hashes taken a debounce
/// apart say that no writer was at work in between; an equal hash before and after a build says the build read what
/// the hash covers.
/// </summary>
internal static class RuleSnapshot
{
    /// <summary>More than this many bytes of a file are not read: the rule set builder rejects such a file anyway.</summary>
    private static readonly long MaxFileBytes = (long)DocumentLimits.Default.MaxDocumentLength * 4;

    /// <summary>Returns the hash, in lower-case hex, of every rule file under the directories.</summary>
    /// <param name="directories">The rule directories, in the order of the options.</param>
    public static string Hash(IEnumerable<string> directories)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[64 * 1024];
        foreach (var directory in directories)
        {
            Append(hash, $"directory\0{directory}\0");
            if (!Directory.Exists(directory))
            {
                Append(hash, "missing\0");
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories).Where(RuleSetBuilder.IsRuleFile).Order(StringComparer.Ordinal))
            {
                Append(hash, $"file\0{Path.GetRelativePath(directory, file)}\0");
                AppendContent(hash, file, buffer);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AppendContent(IncrementalHash hash, string file, byte[] buffer)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            long total = 0;
            int read;
            while (total <= MaxFileBytes && (read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                total += read;
            }

            Append(hash, "\0length\0" + total.ToString(CultureInfo.InvariantCulture) + "\0");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Deleted or locked between listing and reading: a state of its own, which the next look tells apart.
            Append(hash, $"\0unreadable\0{exception.GetType().Name}\0");
        }
    }

    private static void Append(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text));
}
