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
}
