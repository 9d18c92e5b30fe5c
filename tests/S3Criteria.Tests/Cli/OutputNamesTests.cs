using S3Criteria.Cli;

namespace S3Criteria.Tests.Cli;

public sealed class OutputNamesTests
{
    [Fact]
    public void For_DistinctFileNames_KeepsThem() =>
        Assert.Equal(["centro", "kainuu"], OutputNames.For(["samples/centro.yaml", "other/kainuu.json"]));

    [Fact]
    public void For_SameFileNameInDifferentFolders_UsesThePathsBelowTheSharedFolder() =>
        Assert.Equal(["a-s", "b-s", "b-deep-s", "other"], OutputNames.For(["/w/regions/a/s.yaml", "/w/regions/b/s.yaml", "/w/regions/b/deep/s.yml", "/w/regions/other.yaml"]));

    [Fact]
    public void For_NamesThatDifferOnlyInCaseOrExtension_GetNumbers()
    {
        var names = OutputNames.For(["/w/s.yaml", "/w/s.json", "/w/S.yml", "/w/s-2.yaml"]);

        Assert.Equal(["s", "s-2", "S-3", "s-2-2"], names);
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory]
    [InlineData("..", "report")]
    [InlineData("a\u001bb:c", "a_b_c")]
    [InlineData("", "report")]
    public void For_NamesAFileSystemRefuses_AreCleaned(string strategyId, string expected) =>
        Assert.Equal(expected, Assert.Single(OutputNames.For([strategyId])));
}
