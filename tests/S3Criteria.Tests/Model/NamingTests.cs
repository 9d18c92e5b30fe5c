using S3Criteria.Model;

namespace S3Criteria.Tests.Model;

public sealed class NamingTests
{
    [Theory]
    [InlineData("Id", "id")]
    [InlineData("A", "a")]
    [InlineData("", "")]
    [InlineData("PriorityArea", "priority-area")]
    [InlineData("CoversInnovationDiffusion", "covers-innovation-diffusion")]
    [InlineData("EdpParticipant", "edp-participant")]
    [InlineData("InterregA", "interreg-a")]
    [InlineData("I3", "i3")]
    [InlineData("S3ThematicPartnership", "s3-thematic-partnership")] // a capital after a digit starts a word
    [InlineData("EIT", "eit")] // an acronym stays one word
    [InlineData("EITKic", "eit-kic")] // the last capital of an acronym starts the next word
    [InlineData("NutsID", "nuts-id")]
    public void ToKebab_PascalName_GivesKebabCase(string pascal, string expected) =>
        Assert.Equal(expected, Naming.ToKebab(pascal));

    [Fact]
    public void EnumNames_EnumType_GivesEveryMemberInKebabCaseInOrder() =>
        Assert.Equal(["less-developed", "transition", "more-developed"], Naming.EnumNames(typeof(CohesionCategory)));

    [Fact]
    public void TryParseEnum_KebabName_GivesTheMember()
    {
        Assert.True(Naming.TryParseEnum(typeof(MacroRegion), "adriatic-ionian", out var value));

        Assert.Equal(MacroRegion.AdriaticIonian, value);
    }

    [Theory]
    [InlineData("AdriaticIonian")]
    [InlineData("adriaticionian")]
    [InlineData("")]
    public void TryParseEnum_OtherSpelling_FailsWithNull(string text)
    {
        Assert.False(Naming.TryParseEnum(typeof(MacroRegion), text, out var value));

        Assert.Null(value);
    }

    [Fact]
    public void EnumName_Member_IsItsKebabName() =>
        Assert.Equal("public-administration", Naming.EnumName(Helix.PublicAdministration));

    [Fact]
    public void EnumTypeName_EnumType_IsItsNameInWords() =>
        Assert.Equal("cohesion category", Naming.EnumTypeName(typeof(CohesionCategory)));
}
