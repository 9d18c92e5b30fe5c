using System.Reflection;
using System.Text.RegularExpressions;
using S3Criteria.Diagnostics;
using S3Criteria.Localization;

namespace S3Criteria.Tests.Localization;

/// <summary>The catalogues of the tool's own texts: complete in every shipped language, placeholders intact.</summary>
public sealed partial class CataloguesTests
{
    /// <summary>The stages whose diagnostics a document author (an officer) sees: they are translated.</summary>
    private static readonly string[] DocumentStages = ["documents.", "text.", "workbook."];

    public static TheoryData<string> AllLanguages() => [.. Languages.Shipped.Select(l => l.Code)];

    public static TheoryData<string> Translations() => [.. Languages.Shipped.Where(l => l.Code != Languages.English).Select(l => l.Code)];

    [Fact]
    public void Shipped_EnglishFirstAndReviewed_ThenTheTranslationsByCode()
    {
        Assert.Equal(["en", "de", "el", "es", "fi", "fr", "hr", "hu", "it", "pt", "ro"], Languages.Shipped.Select(l => l.Code));
        Assert.Equal(TranslationStatus.Reviewed, Languages.Shipped[0].Status);
        Assert.Equal("Italiano", Languages.Find("it")!.Name);
        Assert.Equal("Ελληνικά", Languages.Find("el")!.Name);
        Assert.Equal("Română", Languages.Find("ro")!.Name);
        Assert.Equal("Magyar", Languages.Find("hu")!.Name);
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Status_EveryTranslation_IsMachineUntilReviewed(string language) =>
        Assert.Equal(TranslationStatus.Machine, Languages.Find(language)!.Status);

    [Theory]
    [MemberData(nameof(Translations))]
    public void Catalogue_EveryEnglishLabel_ExistsWithTheSamePlaceholders(string language)
    {
        var english = Catalogues.English.Texts;
        var texts = Catalogues.Of(language).Texts;

        var missing = english.Keys.Where(k => !texts.ContainsKey(k)).ToList();
        var placeholders = english.Where(e => texts.ContainsKey(e.Key) && !Placeholders(e.Value).SetEquals(Placeholders(texts[e.Key]))).Select(e => e.Key).ToList();

        Assert.Empty(missing);
        Assert.Empty(placeholders);
        Assert.Empty(Labels.For(language).Missing());
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Catalogue_NoKey_IsUnknownToEnglishOrTheMessageCatalogue(string language)
    {
        var ids = MessageCatalogue().Select(m => "diagnostic." + m.Id).ToHashSet(StringComparer.Ordinal);

        var unknown = Catalogues.Of(language).Texts.Keys.Where(k => !Catalogues.English.Texts.ContainsKey(k) && !ids.Contains(k));

        Assert.Empty(unknown);
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Catalogue_EveryDiagnosticOfDocuments_IsTranslatedWithTheSamePlaceholders(string language)
    {
        var texts = Catalogues.Of(language).Texts;
        var messages = MessageCatalogue().Where(m => DocumentStages.Any(stage => m.Id.StartsWith(stage, StringComparison.Ordinal))).ToList();

        var missing = messages.Where(m => !texts.ContainsKey("diagnostic." + m.Id)).Select(m => m.Id).ToList();
        var placeholders = messages.Where(m => texts.TryGetValue("diagnostic." + m.Id, out var text) && !Placeholders(m.Template).SetEquals(Placeholders(text))).Select(m => m.Id).ToList();

        Assert.True(messages.Count > 40, $"{messages.Count} messages");
        Assert.Equal([], missing);
        Assert.Equal([], placeholders);
    }

    [Fact]
    public void Greek_EveryTextWithWords_IsWrittenInGreekLetters()
    {
        // Real Greek, not transliterated: every text with Latin words in English has Greek letters, but codes and names.
        string[] untranslatable = ["html.provenance.hash", "instrument.vanguard-initiative"];
        var texts = Catalogues.Of("el").Texts;

        var latin = texts.Where(t => !untranslatable.Contains(t.Key) && Words().IsMatch(Placeholder().Replace(Catalogues.English.Texts.GetValueOrDefault(t.Key, t.Value), string.Empty)) && !GreekLetter().IsMatch(t.Value))
            .Select(t => t.Key).ToList();

        Assert.Empty(latin);
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void Catalogue_EveryPluralPlaceholder_ReadsWithAnOtherBranchAndOnlyTheLanguagesCategories(string language)
    {
        var categories = PluralRules.Categories(language);
        var problems = new List<string>();
        foreach (var (key, text) in Catalogues.Of(language).Texts)
        {
            for (var at = text.IndexOf("plural", StringComparison.Ordinal); at >= 0; at = text.IndexOf("plural", at + 1, StringComparison.Ordinal))
            {
                var start = text.LastIndexOf('{', at);
                if (!PluralForm.TryRead(text, start, out _, out var form))
                {
                    problems.Add($"{key}: does not read as a plural placeholder with an 'other' branch");
                }
                else if (form.Selectors.FirstOrDefault(s => !s.StartsWith('=') && !categories.Contains(s)) is { } wrong)
                {
                    problems.Add($"{key}: '{wrong}' is not a plural category of {language} ({string.Join(", ", categories)})");
                }
            }
        }

        Assert.Equal([], problems);
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void Format_EveryTextWithCounts_LeavesNoPluralSyntaxOrBracketPlural(string language)
    {
        var labels = Labels.For(language);
        var leftovers = new List<string>();
        foreach (var (key, text) in Catalogues.Of(language).Texts.Where(t => PluralForm.AnyIn(t.Value)))
        {
            foreach (var count in new[] { 0, 1, 2, 3, 5, 11, 12, 21, 22, 101, 1_000_000 })
            {
                var arguments = Placeholders(text).Select(name => (name, (object?)count)).ToArray();
                var filled = labels.Format(key, arguments);
                if (filled.Contains('{', StringComparison.Ordinal) || filled.Contains('#', StringComparison.Ordinal) || filled.Contains("plural", StringComparison.Ordinal))
                {
                    leftovers.Add($"{key} ({count}): {filled}");
                }
            }
        }

        Assert.Equal([], leftovers);
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void Catalogue_NoText_WritesABracketOrSlashPluralAfterACount(string language)
    {
        // "{count} report(s)", "{count} rapporto/i": a count is followed by a plural placeholder instead (docs/languages.md).
        var written = Catalogues.Of(language).Texts.Where(t => BracketPlural().IsMatch(t.Value)).Select(t => $"{t.Key}: {t.Value}").ToList();

        Assert.Equal([], written);
    }

    [Fact]
    public void Read_CatalogueWithoutStatus_FailsNamingIt()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => Catalogues.Read("language: xx\nname: X\ntexts: {}\n", "xx.yaml"));

        Assert.Contains("xx.yaml", exception.Message, StringComparison.Ordinal);
        Assert.Contains("status", exception.Message, StringComparison.Ordinal);
    }

    // "{a kind}" is "{kind}" with its English article (Message.Fill), so it is the same placeholder as "{kind}"; and
    // "{count, plural, ...}" is the placeholder "{count}".
    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Groups["name"].Value)];

    private static IEnumerable<Message> MessageCatalogue() =>
        typeof(Message).Assembly.GetType("S3Criteria.Diagnostics.Messages")!
            .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Select(f => f.GetValue(null)).OfType<Message>();

    [GeneratedRegex(@"\{(?:[aA] )?(?<name>[A-Za-z0-9]+)(?:\}|\s*,\s*plural\s*,)")]
    private static partial Regex Placeholder();

    // A placeholder, then within a few words a word with "(s)", "(en)", "(ões)", "(-ές)" or "/i", "/e" after it.
    [GeneratedRegex(@"\{[A-Za-z0-9]+\}[^.;:{]{0,40}?\w(?:\((?:s|n|en|e|es|ões|ok|i|-\w+)\)|/(?:i|e)\b)")]
    private static partial Regex BracketPlural();

    [GeneratedRegex(@"[A-Za-z]{3,}")]
    private static partial Regex Words();

    [GeneratedRegex(@"[\u0370-\u03FF]")]
    private static partial Regex GreekLetter();
}
