namespace S3Criteria.DependencyInjection.Tests;

/// <summary>Compares text with an approved file; on a difference writes <c>*.received.txt</c> beside it to review and copy over.</summary>
internal static class ApprovedFile
{
    public static void AssertMatches(string approvedPath, string actual)
    {
        actual = actual.ReplaceLineEndings("\n");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        var received = Path.ChangeExtension(approvedPath, null).Replace(".approved", string.Empty, StringComparison.Ordinal) + ".received.txt";
        if (string.Equals(approved, actual, StringComparison.Ordinal))
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail($"{approvedPath} differs from what the code gives now. Review {received}; if the change is intended, copy it over the approved file.");
    }
}
