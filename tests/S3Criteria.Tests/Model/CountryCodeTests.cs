using S3Criteria.Model;

namespace S3Criteria.Tests.Model;

public sealed class CountryCodeTests
{
    [Theory]
    [InlineData("IT", "IT")]
    [InlineData("AD", "AD")] // first of the list
    [InlineData("ZW", "ZW")]
    [InlineData("XK", "XK")] // last of the list: Kosovo, used by EU institutions
    [InlineData("GR", "GR")]
    [InlineData("EL", "GR")] // Eurostat's Greece
    [InlineData("GB", "GB")]
    [InlineData("UK", "GB")] // Eurostat's United Kingdom
    public void TryParse_AssignedCode_GivesTheIsoCode(string text, string expected)
    {
        Assert.True(CountryCode.TryParse(text, out var code));

        Assert.Equal(expected, code.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ZZ")]
    [InlineData("it")]
    [InlineData("ITA")]
    [InlineData("AD AE")]
    public void TryParse_UnassignedCode_FailsWithTheDefault(string? text)
    {
        Assert.False(CountryCode.TryParse(text, out var code));

        Assert.Equal(string.Empty, code.Value);
    }

    [Fact]
    public void Parse_NullText_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>("text", () => CountryCode.Parse(null!));

    [Fact]
    public void Parse_UnassignedCode_ThrowsFormatExceptionNamingTheText()
    {
        var exception = Assert.Throws<FormatException>(() => CountryCode.Parse("ZZ"));

        Assert.Equal("'ZZ' is not an ISO 3166-1 alpha-2 country code (two upper-case letters, such as IT or FI).", exception.Message);
    }

    [Fact]
    public void Equality_EurostatAndIsoSpellings_AreTheSameCountry()
    {
        var greece = CountryCode.Parse("EL");
        var iso = CountryCode.Parse("GR");
        var italy = CountryCode.Parse("IT");

        Assert.True(greece == iso);
        Assert.False(greece != iso);
        Assert.True(greece != italy);
        Assert.False(greece == italy);
        Assert.True(greece.Equals((object)iso));
        Assert.False(greece.Equals((object)italy));
        Assert.False(greece.Equals("GR"));
        Assert.Equal(greece.GetHashCode(), iso.GetHashCode());
        Assert.Equal("GR", greece.ToString());
    }

    [Fact]
    public void Default_Value_IsEmpty()
    {
        CountryCode code = default;

        Assert.Equal(string.Empty, code.Value);
        Assert.Equal(string.Empty, code.ToString());
    }
}
