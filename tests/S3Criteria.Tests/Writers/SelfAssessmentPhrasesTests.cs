using System.Text.RegularExpressions;
using S3Criteria.Localization;
using S3Criteria.Tests.Support;
using S3Criteria.Writers;

namespace S3Criteria.Tests.Writers;

/// <summary>How the self-assessment's justifications write amounts of money: the same, unambiguous, in every language.</summary>
public sealed class SelfAssessmentPhrasesTests
{
    public static TheoryData<string> Shipped() => [.. Languages.Shipped.Select(l => l.Code)];

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Amount_Millions_GroupsTheDigitsByThreeWithANoBreakSpace(string language)
    {
        var amount = new SelfAssessmentPhrases(Labels.For(language)).Amount(150_000_000m);

        Assert.Contains("150\u00A0000\u00A0000", amount, StringComparison.Ordinal);
        Assert.DoesNotContain(",", amount, StringComparison.Ordinal);
        Assert.DoesNotContain(".", amount, StringComparison.Ordinal);
    }

    [Fact]
    public void Amount_WithCents_WritesTwoDigitsAfterThePoint() =>
        Assert.Equal("EUR 1\u00A0500.50", new SelfAssessmentPhrases(Labels.English).Amount(1500.5m));

    [Fact]
    public void Check_ItalianSelfAssessment_WritesTheBudgetWithoutACommaBetweenThousands()
    {
        var (_, output, _) = CliRunner.Run("check", "samples/strategies/puglia.yaml", "--date", "2026-11-25", "--language", "it", "--format", "self-assessment");

        Assert.Contains("EUR 150\u00A0000\u00A0000", output, StringComparison.Ordinal);
        Assert.DoesNotContain("EUR 150,000,000", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("it", "al di fuori dello Stato membro (IT): ", true)]
    [InlineData("fr", "en dehors de l'État membre (IT) : ", true)]
    [InlineData("el", "εκτός του κράτους μέλους (IT): ", true)]
    // Portuguese: the self-assessment's own sentences have no bracket plurals, but C7-19's rule text still writes
    // "a(s) parceria(s) temática(s)" (rules/criterion-7.yaml), which the justification quotes.
    [InlineData("pt", "fora do Estado-Membro (IT): ", false)]
    public void Check_SelfAssessment_CountsWithoutSlashOrBracketPluralsAndNamesTheMemberState(string language, string outside, bool noPlurals)
    {
        var (_, output, _) = CliRunner.Run("check", "samples/strategies/puglia.yaml", "--date", "2026-11-25", "--language", language, "--format", "self-assessment");

        Assert.Contains(outside, output, StringComparison.Ordinal);
        var prose = Regex.Replace(output, @"https?://\S+|\d{4}/\d{2,4}", string.Empty); // addresses and regulation numbers
        Assert.True(!noPlurals || !Regex.IsMatch(prose, @"\w/\w{1,3}\b|\w\((?:s|es|ões|-ες|-εις|nt)\)"), prose);
    }
}
