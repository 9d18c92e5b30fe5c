using System.Text.RegularExpressions;
using S3Criteria.Engine;
using S3Criteria.Localization;
using S3Criteria.Rules;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Rules;

/// <summary>
/// Every reader-facing text of the built-in rules (rule titles, messages, rationales, recommendations and criterion
/// titles) exists in each shipped translation, is not a copy of the English, and has exactly the English text's
/// placeholders (docs/translations/). All gaps are collected, so one run lists every missing or broken text.
/// </summary>
public sealed partial class BuiltInRuleTranslationsTests
{
    private static readonly RuleSet Rules = new RuleSetBuilder().AddDirectory(Repository.File("rules")).Build();

    /// <summary>Every shipped language but English: a language whose catalogue ships must have every rule text too.</summary>
    public static TheoryData<string> Translations() => [.. Languages.Shipped.Where(l => l.Code != Languages.English).Select(l => l.Code)];

    [Fact]
    public void Translations_CoverEveryLanguageOfTheSampleTerritories()
    {
        Assert.Superset(new HashSet<string>(["it", "el", "pt", "hu", "hr", "es", "ro", "fi", "de", "fr"]), Translations().Select(row => (string)row.Data).ToHashSet());
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void BuiltInRules_EveryText_IsTranslatedWithTheEnglishPlaceholders(string language)
    {
        var problems = Texts(Rules).SelectMany(text => Problems(text.Name, text.Text, language)).ToList();

        Assert.True(problems.Count == 0, $"{problems.Count} text(s) of the built-in rules are not ready in '{language}':\n{string.Join("\n", problems)}");
    }

    [Fact]
    public void BuiltInRules_Texts_IncludeEveryRuleAndCriterion()
    {
        var names = Texts(Rules).Select(t => t.Name).ToList();

        Assert.All(Rules.Rules, rule =>
        {
            Assert.Contains($"{rule.Id} title", names);
            Assert.Contains($"{rule.Id} message", names);
            Assert.Contains($"{rule.Id} rationale", names);
            Assert.Contains($"{rule.Id} recommendation", names);
        });
        Assert.All(Rules.Criteria, criterion => Assert.Contains($"{criterion.Id} title", names));
    }

    [Fact]
    public void Problems_TranslationMissingOrCopiedOrWithOtherPlaceholders_AreEachReported()
    {
        var english = "Priority area \"{priority.name}\" has {count(partnerships)} partnership(s) {{literal}}.";

        Assert.Single(Problems("m", Text(("en", english)), "it"), p => p.Contains("no 'it' text", StringComparison.Ordinal));
        Assert.Single(Problems("m", Text(("en", english), ("it", english)), "it"), p => p.Contains("copy of the English", StringComparison.Ordinal));
        Assert.Single(Problems("m", Text(("en", english), ("it", "Il settore «{priority.name}» ha partenariati.")), "it"), p => p.Contains("placeholders", StringComparison.Ordinal));
        Assert.Single(Problems("m", Text(("en", english), ("it", "Il settore «{priority.name}» ha {priority.id} partenariati.")), "it"), p => p.Contains("placeholders", StringComparison.Ordinal));
        Assert.Empty(Problems("m", Text(("en", english), ("it", "Il settore «{priority.name}» ha {count( partnerships )} partenariati {{letterale}}.")), "it"));
    }

    private static IEnumerable<(string Name, LocalizedText Text)> Texts(RuleSet rules)
    {
        foreach (var criterion in rules.Criteria)
        {
            yield return ($"{criterion.Id} title", criterion.Title);
        }

        foreach (var rule in rules.Rules)
        {
            yield return ($"{rule.Id} title", rule.Title);
            yield return ($"{rule.Id} message", rule.Message);
            if (rule.Rationale is { } rationale)
            {
                yield return ($"{rule.Id} rationale", rationale);
            }

            if (rule.Recommendation is { } recommendation)
            {
                yield return ($"{rule.Id} recommendation", recommendation);
            }
        }
    }

    private static IEnumerable<string> Problems(string name, LocalizedText text, string language)
    {
        var english = text.Get(LocalizedText.DefaultLanguage);
        if (!text.Translations.TryGetValue(language, out var translated) || string.IsNullOrWhiteSpace(translated))
        {
            yield return $"{name}: no '{language}' text";
            yield break;
        }

        if (Normalise(translated) == Normalise(english))
        {
            yield return $"{name}: the '{language}' text is a copy of the English";
        }

        var expected = Placeholders(english);
        var actual = Placeholders(translated);
        if (!expected.SequenceEqual(actual))
        {
            yield return $"{name}: placeholders [{string.Join(", ", expected)}] in English, [{string.Join(", ", actual)}] in '{language}'";
        }
    }

    /// <summary>The placeholders of a template, sorted, with their white space normalised; <c>{{</c> and <c>}}</c> are literal braces.</summary>
    private static List<string> Placeholders(string template) =>
        Placeholder().Matches(template.Replace("{{", "", StringComparison.Ordinal).Replace("}}", "", StringComparison.Ordinal))
            .Select(m => Normalise(m.Groups["expression"].Value).Replace("( ", "(", StringComparison.Ordinal).Replace(" )", ")", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static LocalizedText Text(params (string Language, string Text)[] texts) => new(texts.ToDictionary(t => t.Language, t => t.Text));

    [GeneratedRegex(@"\{(?<expression>[^{}]*)\}")]
    private static partial Regex Placeholder();
}
