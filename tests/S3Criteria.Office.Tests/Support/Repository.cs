namespace S3Criteria.Office.Tests.Support;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    public static IEnumerable<string> Samples() =>
        Directory.GetFiles(File("samples", "strategies"), "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "S3Criteria.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with S3Criteria.sln) was not found above the test folder.");
    }
}
