using S3Criteria.Diagnostics;

namespace S3Criteria.Tests.Diagnostics;

public sealed class NameSuggesterTests
{
    private static readonly string[] Keys = ["rule", "subject", "reason", "expires", "owner"];

    [Theory]
    [InlineData("resaon", "reason")] // a transposition is one edit
    [InlineData("reasons", "reason")] // an insertion
    [InlineData("rason", "reason")] // a deletion
    [InlineData("ruke", "rule")] // a substitution
    [InlineData("expirse", "expires")]
    [InlineData("subjcte", "subject")] // two edits in seven letters
    public void Suggest_CloseName_SuggestsTheCandidate(string name, string expected) =>
        Assert.Equal($"Did you mean '{expected}'? ", NameSuggester.Suggest(name, Keys));

    [Theory]
    [InlineData("xyz")]
    [InlineData("sbjcte")] // three edits in six letters
    [InlineData("")]
    public void Suggest_DistantName_SuggestsNothing(string name) =>
        Assert.Equal(string.Empty, NameSuggester.Suggest(name, Keys));

    [Fact]
    public void Suggest_ShortName_AllowsOneEdit()
    {
        Assert.Equal("Did you mean 'ab'? ", NameSuggester.Suggest("ax", ["ab"]));
        Assert.Equal(string.Empty, NameSuggester.Suggest("xy", ["ab"]));
    }

    [Fact]
    public void Suggest_SeveralCandidates_PrefersTheNearest() =>
        Assert.Equal("Did you mean 'abcdefghz'? ", NameSuggester.Suggest("abcdefghi", ["abcdefgaa", "abcdefghz"]));

    [Fact]
    public void Suggest_EquallyNearCandidates_PrefersTheFirstInOrdinalOrder() =>
        Assert.Equal("Did you mean 'abcy'? ", NameSuggester.Suggest("abcx", ["abcz", "abcy"]));

    [Fact]
    public void Suggest_NoCandidates_SuggestsNothing() =>
        Assert.Equal(string.Empty, NameSuggester.Suggest("rule", []));

    [Theory]
    [InlineData("Interreg-C")]
    [InlineData("interreg c")]
    [InlineData("INTERREG_C")]
    public void Suggest_OtherCaseOrSeparator_SuggestsTheNameAsWritten(string name) =>
        Assert.Equal("Did you mean 'interreg-c'? ", NameSuggester.Suggest(name, ["interreg-a", "interreg-b", "interreg-c", "interreg-d"]));
}
