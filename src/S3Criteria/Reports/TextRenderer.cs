using System.Collections;
using System.Globalization;
using System.Text;
using S3Criteria.Engine;
using S3Criteria.Localization;
using S3Criteria.Model;
using S3Criteria.Rules;
using S3Criteria.Rules.Language;

namespace S3Criteria.Reports;

/// <summary>
/// The one place that renders the texts of a report from its rules: messages and recommendations (templates with
/// their placeholders filled), rationales, evidence values, and the texts of findings that cannot be assessed. The
/// language is chosen here, and every text is capped here, so that a document cannot make a report grow beyond its
/// number of findings: a list prints at most <see cref="MaxListItems"/> items, each at most <see cref="MaxItemLength"/>
/// characters, then "… and N more"; a single value at most <see cref="MaxValueLength"/> characters, then "…"; a whole
/// message or recommendation at most <see cref="MaxTextLength"/> characters.
/// </summary>
/// <remarks>
/// Values are formatted as <see cref="ValueFormatter"/> formats them, the same in every culture. A placeholder or an
/// evidence value that fails to compute is shown as "(cannot be computed: …)": reading a text never throws.
/// Thread-safe and immutable.
/// </remarks>
internal sealed class TextRenderer
{
    /// <summary>How many items of a list value are printed before "… and N more".</summary>
    public const int MaxListItems = 10;

    /// <summary>How many characters of one item of a list (a name, an identifier) are printed before it is cut with "…".</summary>
    public const int MaxItemLength = 200;

    /// <summary>How many characters of one value that is not a list (a justification, a title) are printed before it is cut with "…".</summary>
    public const int MaxValueLength = 1_000;

    /// <summary>How many characters of a whole message or recommendation are kept before it is cut with "…".</summary>
    public const int MaxTextLength = 4_000;

    private const string Ellipsis = "\u2026";

    /// <summary>Picks the language of a report: a shipped language named by <paramref name="language"/> (a BCP 47 tag), else English.</summary>
    /// <param name="language">The language asked for, if any.</param>
    public TextRenderer(string? language)
    {
        Language = Languages.TryNormalize(language, out var code) ? code : Languages.English;
        Labels = Labels.For(Language);
    }

    /// <summary>Gets the English renderer.</summary>
    public static TextRenderer English { get; } = new(Languages.English);

    /// <summary>Gets the language texts are rendered in (English where a rule has no text in it): the code of a shipped language.</summary>
    public string Language { get; }

    /// <summary>Gets the tool's own texts (headings, labels, verdict names) in <see cref="Language"/>: the writers' one source of words.</summary>
    public Labels Labels { get; }

    /// <summary>Gets a rule's or criterion's text in <see cref="Language"/>, or in English when it has none in it.</summary>
    public string Text(LocalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Get(Language);
    }

    /// <summary>
    /// Lists the texts that fall back to English in <see cref="Language"/>: each rule's <c>title</c>, <c>message</c>,
    /// <c>rationale</c> and <c>recommendation</c> and each criterion's <c>title</c> without a text in it
    /// (<c>C7-01.title</c>), then the tool's labels missing from its catalogue (<c>label:console.what-to-do</c>).
    /// </summary>
    public IReadOnlyList<string> FallbackTexts(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        if (Language == Languages.English)
        {
            return [];
        }

        var fallbacks = new List<string>();
        void Check(string id, string field, LocalizedText? text)
        {
            if (text is not null && !text.Translations.ContainsKey(Language))
            {
                fallbacks.Add($"{id}.{field}");
            }
        }

        foreach (var criterion in ruleSet.Criteria)
        {
            Check(criterion.Id, "title", criterion.Title);
        }

        foreach (var rule in ruleSet.Rules)
        {
            Check(rule.Id, "title", rule.Title);
            Check(rule.Id, "message", rule.Message);
            Check(rule.Id, "rationale", rule.Rationale);
            Check(rule.Id, "recommendation", rule.Recommendation);
        }

        fallbacks.AddRange(Labels.Missing().Select(key => "label:" + key));
        return fallbacks;
    }

    /// <summary>Renders a template for one subject.</summary>
    public string Template(CompiledTemplate template, EvaluationScope scope, object subject)
    {
        var text = new StringBuilder();
        foreach (var segment in template.Segments(Language))
        {
            text.Append(segment as string ?? Computed(() => CompiledTemplate.Value(segment, scope, subject), Labels));
            if (text.Length > MaxTextLength)
            {
                break;
            }
        }

        return Whole(text.ToString());
    }

    /// <summary>Renders the named values (<c>let</c>) a rule computed for one subject.</summary>
    public static IReadOnlyList<EvidenceItem> Evidence(CompiledRule rule, EvaluationScope scope, object subject)
    {
        if (rule.Evidence.Count == 0)
        {
            return [];
        }

        var items = new EvidenceItem[rule.Evidence.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var value = rule.Evidence[i].Value;
            items[i] = new EvidenceItem(rule.Evidence[i].Name, Computed(() => value.Value(scope, subject), Labels.English));
        }

        return items;
    }

    /// <summary>Renders a rule's rationale, if it has one.</summary>
    public string? Rationale(RuleDescriptor rule) => rule.Rationale?.Get(Language);

    /// <summary>The message of a finding that cannot be assessed.</summary>
    public string CannotAssess(IReadOnlyList<string> missing) =>
        Whole(Labels.Format("report.cannot-assess", ("missing", List(missing, Labels))));

    /// <summary>The recommendation of a finding that cannot be assessed.</summary>
    public string AddMissing(IReadOnlyList<string> missing) =>
        Whole(Labels.Format("report.add-missing", ("missing", List(missing, Labels))));

    /// <summary>What a text or value says when computing it went past the evaluation's work limit.</summary>
    public static string OverBudget(long limit) =>
        string.Create(CultureInfo.InvariantCulture, $"(cannot be computed: it needs more than {limit} collection items, the evaluation's work limit)");

    /// <summary>Formats a value with the caps: a list at most <see cref="MaxListItems"/> items of at most <see cref="MaxItemLength"/> characters, any other value at most <see cref="MaxValueLength"/> characters.</summary>
    public static string Value(object? value) => Value(value, Labels.English);

    /// <summary>Formats a value with the caps, saying "… and N more" in the language of <paramref name="labels"/>.</summary>
    private static string Value(object? value, Labels labels) => value switch
    {
        null => labels["report.not-given"],
        string text => Cut(text),
        IReadOnlyList<string> { Count: 0 } => labels["report.none"],
        IReadOnlyList<string> texts => List(texts, labels),
        IEnumerable items => List(items.Cast<object?>().Select(ValueFormatter.Format), labels),
        _ => Cut(ValueFormatter.Format(value)),
    };

    /// <summary>A value that may fail to compute, formatted.</summary>
    private static string Computed(Func<object?> value, Labels labels)
    {
        try
        {
            return Value(value(), labels);
        }
#pragma warning disable CA1031 // Texts are explanatory: a value that cannot be computed is shown as such.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Cut($"(cannot be computed: {EngineSession.Describe(exception)})", MaxValueLength);
        }
    }

    /// <summary>Joins items with ", ", at most <see cref="MaxListItems"/> of them, each cut.</summary>
    private static string List(IEnumerable<string> items, Labels labels)
    {
        var text = new StringBuilder();
        var shown = 0;
        var total = 0;
        foreach (var item in items)
        {
            if (shown < MaxListItems)
            {
                text.Append(shown == 0 ? string.Empty : ", ").Append(Cut(item, MaxItemLength));
                shown++;
            }

            total++;
        }

        return total > shown ? text.Append(", ").Append(labels.Format("report.and-more", ("count", total - shown))).ToString() : text.ToString();
    }

    private static string Cut(string text) => Cut(text, MaxValueLength);

    private static string Whole(string text) => Cut(text, MaxTextLength);

    /// <summary>Cuts <paramref name="text"/> to <paramref name="length"/> characters and "…", never between the two halves of a surrogate pair.</summary>
    private static string Cut(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return string.Concat(text.AsSpan(0, end), Ellipsis);
    }
}
