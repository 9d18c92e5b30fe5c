using System.Security.Cryptography;
using System.Text;

namespace S3Criteria.Rules;

/// <summary>Identifies exactly which rule files a report used: the SHA-256 of their texts, line endings normalised.</summary>
internal static class ContentHash
{
    public static string Of(IEnumerable<string> texts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var text in texts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n")));
            hash.AppendData([0]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
