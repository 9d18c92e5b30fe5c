using S3Criteria.Localization;

namespace S3Criteria.Tests.Localization;

/// <summary>Reading a requested language: BCP 47 tags, case, and the error for an unknown one.</summary>
public sealed class LanguagesTests
{
    [Theory]
    [InlineData("it", "it")]
    [InlineData("it-IT", "it")]
    [InlineData("it-CH", "it")]
    [InlineData("el-GR", "el")]
    [InlineData("el_GR", "el")]
    [InlineData("EL", "el")]
    [InlineData("EN", "en")]
    [InlineData("en-GB", "en")]
    [InlineData(" it ", "it")]
    public void TryNormalize_Bcp47Tag_GivesTheShippedLanguage(string tag, string expected)
    {
        Assert.True(Languages.TryNormalize(tag, out var code));
        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("pl")]
    [InlineData("ita")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void TryNormalize_UnknownOrEmpty_IsFalse(string? tag) => Assert.False(Languages.TryNormalize(tag, out _));

    [Fact]
    public void Normalize_Unknown_ThrowsListingTheAvailableLanguages()
    {
        var exception = Assert.Throws<ArgumentException>(() => Languages.Normalize("xx"));

        Assert.Contains("'xx'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("available: en, de, el, es, fi, fr, hr, hu, it, pt, ro", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_Null_IsEnglish() => Assert.Equal("en", Languages.Normalize(null));
}
