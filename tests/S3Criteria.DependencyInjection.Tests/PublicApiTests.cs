using PublicApiGenerator;
using S3Criteria.Tests.Support;

namespace S3Criteria.DependencyInjection.Tests;

/// <summary>The public surface of the S3Criteria.DependencyInjection package is approved.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_DependencyInjection_MatchesApprovedFile()
    {
        var api = typeof(S3CriteriaServiceCollectionExtensions).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.CompilerServices.InternalsVisibleToAttribute"] });
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "S3Criteria.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Repository root not found.");
        }

        ApprovedFile.AssertMatches(Path.Combine(root, "tests", "S3Criteria.DependencyInjection.Tests", "S3Criteria.DependencyInjection.approved.txt"), api);
    }
}
