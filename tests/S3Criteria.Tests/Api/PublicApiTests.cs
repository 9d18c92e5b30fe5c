using PublicApiGenerator;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Api;

/// <summary>The public surface of the S3Criteria package is approved: any change fails here until the approved file is updated on purpose.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_S3Criteria_MatchesApprovedFile()
    {
        var api = typeof(S3Criteria.Engine.RuleSet).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.CompilerServices.InternalsVisibleToAttribute"] });
        var approved = Repository.File("tests", "S3Criteria.Tests", "Api", "S3Criteria.approved.txt");

        ApprovedFile.AssertMatches(approved, api);
    }
}
