using S3Criteria.Documents;
using S3Criteria.Localization;

namespace S3Criteria.Tests.Localization;

/// <summary>The labels of one language: fallback, placeholders, and one format of dates and numbers in every language.</summary>
public sealed class LabelsTests
{
    [Theory]
    [InlineData("en", "Rule set s3 1.2, evaluated 2026-03-01")]
    [InlineData("it", "Insieme di regole s3 1.2, valutato il 2026-03-01")]
    [InlineData("el", "Σύνολο κανόνων s3 1.2, αξιολόγηση στις 2026-03-01")]
    public void Format_Date_IsIso8601InEveryLanguage(string language, string expected) =>
        Assert.Equal(expected, Labels.For(language).Format("report.rule-set", ("id", "s3"), ("version", "1.2"), ("date", new DateOnly(2026, 3, 1))));

    [Theory]
    [InlineData("en")]
    [InlineData("it")]
    [InlineData("el")]
    public void Format_Number_IsInvariantInEveryLanguage(string language) =>
        Assert.Contains("(12345 ", Labels.For(language).Format("report.improvements", ("count", 12345)), StringComparison.Ordinal);

    [Theory]
    [InlineData("it-IT", "it")]
    [InlineData("EL", "el")]
    [InlineData("xx", "en")]
    [InlineData(null, "en")]
    public void For_Tag_PicksTheShippedLanguageOrEnglish(string? tag, string expected) => Assert.Equal(expected, Labels.For(tag).Language);

    [Fact]
    public void Indexer_UnknownKey_ThrowsNamingIt()
    {
        var exception = Assert.Throws<KeyNotFoundException>(() => Labels.For("it")["no.such-key"]);

        Assert.Contains("no.such-key", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostic_OfADocument_IsTranslatedWithItsArguments()
    {
        var loaded = StrategyDocument.TryParse(Support.RuleHarness.BaseStrategy + "priorites: []\n", filePath: "s.yaml");
        var diagnostic = Assert.Single(loaded.Diagnostics);

        var italian = Labels.For("it").Diagnostic(diagnostic);
        var greek = Labels.For("el").Diagnostic(diagnostic);

        Assert.StartsWith("Unknown key 'priorites'", diagnostic.Message, StringComparison.Ordinal);
        Assert.StartsWith("Chiave sconosciuta 'priorites' nell'elemento strategy.", italian, StringComparison.Ordinal);
        Assert.StartsWith("Άγνωστο κλειδί 'priorites'", greek, StringComparison.Ordinal);
        Assert.Contains("priorities", italian, StringComparison.Ordinal);
        Assert.Equal(diagnostic.Message, Labels.English.Diagnostic(diagnostic));
    }

    [Fact]
    public void Diagnostic_AProgrammeWrittenAsTheInstrument_SaysInItalianWhatToWrite()
    {
        var loaded = StrategyDocument.TryParse(
            Support.RuleHarness.BaseStrategy + "partnerships:\n  - id: p1\n    title: Exchange\n    instrument: URBACT\n",
            filePath: "s.yaml");
        var diagnostic = Assert.Single(loaded.Diagnostics, d => d.Path == "partnerships[0].instrument");

        var italian = Labels.For("it").Diagnostic(diagnostic);

        Assert.Equal("documents.strand-c-programme", diagnostic.MessageId);
        Assert.Contains("URBACT è un programma di Interreg C (cooperazione interregionale). Scrivere 'instrument: interreg-c' e 'programme: URBACT'.", italian, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostic_WithoutAMessageId_KeepsItsMessage()
    {
        var diagnostic = new S3Criteria.Diagnostics.Diagnostic("S3C0001", "made by hand");

        Assert.Equal("made by hand", Labels.For("it").Diagnostic(diagnostic));
    }

    public static TheoryData<string> Translations() => [.. Languages.Shipped.Where(l => l.Code != Languages.English).Select(l => l.Code)];

    [Theory]
    [MemberData(nameof(Translations))]
    public void Diagnostic_PhrasesOfTheTool_AreWordedInTheLanguage(string language)
    {
        // A misspelt key (a "did you mean"), a value of the wrong type (what was expected) and a list where a mapping
        // belongs (what was found): phrases of the tool's own, which the English message holds in English.
        var loaded = StrategyDocument.TryParse(Support.RuleHarness.BaseStrategy + "priorites: []\npriorities:\n  - { id: a, name: A, budget: lots }\ngovernance: [1]\n", filePath: "s.yaml");
        Assert.Equal(3, loaded.Diagnostics.Count);
        var labels = Labels.For(language);

        var texts = loaded.Diagnostics.Select(labels.Diagnostic).ToList();

        Assert.Contains(loaded.Diagnostics, d => d.Message.Contains("Did you mean 'priorities'? ", StringComparison.Ordinal));
        Assert.Contains(loaded.Diagnostics, d => d.Message.Contains("a number", StringComparison.Ordinal));
        Assert.Contains(loaded.Diagnostics, d => d.Message.Contains("a list", StringComparison.Ordinal));
        Assert.All(texts, text => Assert.DoesNotContain("Did you mean", text, StringComparison.Ordinal));
        Assert.Contains(texts, text => text.Contains(labels.Format("value.did-you-mean", ("name", "priorities")).TrimEnd(), StringComparison.Ordinal));
        Assert.Contains(texts, text => text.Contains(labels["value.number"], StringComparison.Ordinal));
        Assert.Contains(texts, text => text.Contains(labels["value.list"], StringComparison.Ordinal));
    }

    [Fact]
    public void Diagnostic_ListCutShort_SaysHowManyMoreInTheLanguage()
    {
        var ids = string.Join(", ", Enumerable.Range(0, 60).Select(i => $"{{ id: p{i}, name: P{i} }}"));
        var loaded = StrategyDocument.TryParse(Support.RuleHarness.BaseStrategy + $"priorities: [{ids}]\nactions:\n  - {{ id: x, name: X, type: capacity, priorities: [nope] }}\n", filePath: "s.yaml");
        var diagnostic = Assert.Single(loaded.Diagnostics, d => d.Message.Contains("more", StringComparison.Ordinal));

        var italian = Labels.For("it").Diagnostic(diagnostic);

        Assert.Contains("\u2026 and ", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(" more", italian, StringComparison.Ordinal);
        Assert.Contains("\u2026 e altri ", italian, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostic_InEnglish_ReadsAsEnglishWhateverTheKind()
    {
        var loaded = StrategyDocument.TryParse(Support.RuleHarness.BaseStrategy + "actions:\n  - { id: x, name: X, type: training }\n", filePath: "s.yaml");

        var messages = loaded.Diagnostics.Select(d => d.Message).ToList();

        Assert.Contains(messages, m => m.StartsWith("'training' is not an action type (research-innovation-system, ", StringComparison.Ordinal));
        Assert.Contains("Unknown key 'name' in the action. Expected one of: id, title, type, priorities, budget, funding-source, responsible.", messages);
        Assert.Contains("The action needs 'title' (text).", messages);
    }

    [Fact]
    public void Diagnostic_KindStartingWithAVowel_TakesAnInEnglish()
    {
        var loaded = StrategyDocument.TryParse(Support.RuleHarness.BaseStrategy + "actions: x\n", filePath: "s.yaml");

        var diagnostic = Assert.Single(loaded.Diagnostics);

        Assert.Contains("a list of an action", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("a action", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostic_WrongEnumValue_NamesTheTypeInTheLanguageAndKeepsTheValuesAsWritten()
    {
        var loaded = StrategyDocument.TryParse(Support.RuleHarness.BaseStrategy.Replace("category: less-developed", "category: poor", StringComparison.Ordinal), filePath: "s.yaml");
        var diagnostic = Assert.Single(loaded.Diagnostics);

        var italian = Labels.For("it").Diagnostic(diagnostic);
        var greek = Labels.For("el").Diagnostic(diagnostic);

        Assert.Contains("'poor' is not a cohesion category (less-developed, transition, more-developed)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'poor' non è una categoria di regioni (less-developed, transition, more-developed)", italian, StringComparison.Ordinal);
        Assert.Contains("δεν είναι κατηγορία περιφερειών (less-developed, transition, more-developed)", greek, StringComparison.Ordinal);
    }

    public static TheoryData<string> ModelEnums() =>
        [.. typeof(S3Criteria.Model.Strategy).Assembly.GetExportedTypes().Where(t => t.IsEnum && t.Namespace == "S3Criteria.Model").Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(ModelEnums))]
    public void TypeKey_EveryEnumOfTheModel_HasANameInTheCatalogue(string enumName)
    {
        // The production path: describing the type looks its name up (type.<name>) and throws if the catalogue lacks it.
        var type = typeof(S3Criteria.Model.Strategy).Assembly.GetType("S3Criteria.Model." + enumName)!;

        var description = TypeDescription.Of(type).ToString();

        Assert.Contains("(", description, StringComparison.Ordinal);
    }
}
