using S3Criteria.Model;

namespace S3Criteria.Tests.Model;

public sealed class NutsCodeTests
{
    [Theory]
    [InlineData("IT", 0)]
    [InlineData("ITF", 1)]
    [InlineData("ITF4", 2)]
    [InlineData("FI1D8", 3)]
    [InlineData("EL30", 2)]
    public void TryParse_WellFormedCode_GivesTheCodeAndItsLevel(string text, int level)
    {
        Assert.True(NutsCode.TryParse(text, out var code));

        Assert.Equal(text, code.Value);
        Assert.Equal(level, code.Level);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("I")]
    [InlineData("FI1D8X")] // four characters after the country: no NUTS level 4
    [InlineData("ZZF4")] // no such country
    [InlineData("itf4")]
    [InlineData("ITf4")]
    [InlineData("ITF-")]
    [InlineData("IT F")]
    public void TryParse_MalformedCode_FailsWithTheDefault(string? text)
    {
        Assert.False(NutsCode.TryParse(text, out var code));

        Assert.Equal(default, code);
    }

    [Fact]
    public void Country_Code_IsItsPrefixWithEurostatSpellingsNormalised()
    {
        Assert.Equal(CountryCode.Parse("IT"), NutsCode.Parse("ITF4").Country);
        Assert.Equal(CountryCode.Parse("GR"), NutsCode.Parse("EL30").Country);
    }

    [Fact]
    public void Default_Value_IsEmptyAtLevelZeroWithoutCountry()
    {
        NutsCode code = default;

        Assert.Equal(string.Empty, code.Value);
        Assert.Equal(string.Empty, code.ToString());
        Assert.Equal(0, code.Level);
        Assert.Equal(default, code.Country);
    }

    [Fact]
    public void Parse_NullText_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>("text", () => NutsCode.Parse(null!));

    [Fact]
    public void Parse_MalformedText_ThrowsFormatExceptionNamingTheText()
    {
        var exception = Assert.Throws<FormatException>(() => NutsCode.Parse("ITF44X"));

        Assert.Equal("'ITF44X' is not a NUTS code (a country prefix such as IT or EL followed by up to three letters or digits, such as ITF4).", exception.Message);
    }

    [Fact]
    public void Equality_SameAndOtherCodes_ComparesTheText()
    {
        var code = NutsCode.Parse("ITF4");
        var same = NutsCode.Parse("ITF4");
        var other = NutsCode.Parse("ITF5");

        Assert.True(code == same);
        Assert.False(code != same);
        Assert.True(code != other);
        Assert.False(code == other);
        Assert.True(code.Equals((object)same));
        Assert.False(code.Equals((object)other));
        Assert.False(code.Equals("ITF4"));
        Assert.Equal(code.GetHashCode(), same.GetHashCode());
        Assert.Equal("ITF4", code.ToString());
    }
}
