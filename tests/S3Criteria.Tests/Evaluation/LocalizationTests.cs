using S3Criteria.Documents;
using S3Criteria.Evaluation;
using static S3Criteria.Tests.Support.RuleHarness;

namespace S3Criteria.Tests.Evaluation;

public sealed class LocalizationTests
{
    private static readonly S3Criteria.Engine.RuleSet Rules = Build(RuleFile("""
          - id: R
            title: { en: Enough priorities, it: Priorità sufficienti }
            severity: advisory
            require: count(priorities) >= 2
            message:
              en: "Only {count(priorities)} priority area."
              it: "Solo {count(priorities)} area prioritaria."
            recommendation: { en: Add one., it: Aggiungerne una. }
        """));

    [Theory]
    [InlineData("it", "Solo 1 area prioritaria.", "Aggiungerne una.", "Priorità sufficienti")]
    [InlineData("en", "Only 1 priority area.", "Add one.", "Enough priorities")]
    [InlineData("el", "Only 1 priority area.", "Add one.", "Enough priorities")]
    public void Evaluate_Language_PicksTextsWithEnglishFallback(string language, string message, string recommendation, string title)
    {
        var evaluator = new ComplianceEvaluator(Rules, new ComplianceEvaluatorOptions { EvaluationDate = Today, Language = language });

        var report = evaluator.Evaluate(StrategyDocument.Parse(BaseStrategy + "priorities: [{ id: a, name: A }]\n"));

        Assert.Equal(message, report.Findings[0].Message);
        Assert.Equal(recommendation, report.Findings[0].Recommendation);
        Assert.Equal(title, report.Rules[0].Title);
        Assert.Equal(language, report.Provenance.Language);
    }

    [Fact]
    public void Build_TranslationWithoutEnglish_IsALocatedError()
    {
        var result = new S3Criteria.Engine.RuleSetBuilder().AddYaml(RuleFile("  - { id: R, title: { it: Titolo }, severity: info, require: 'true', message: m }\n"), "r.yaml").TryBuild();

        Assert.Contains(result.Diagnostics, d => d.Message.Contains("needs an English ('en') text", StringComparison.Ordinal) && d.Location is { Line: 4 });
    }
}
