namespace S3Criteria.Rules;

/// <summary>
/// A text of a rule in one or more languages, keyed by ISO 639-1 code (<c>en</c>, <c>it</c>…), with English as the
/// fallback. A rule file writes a plain string for English only, or a mapping of languages.
/// </summary>
/// <threadsafety static="true" instance="true"/>
public sealed class LocalizedText
{
    /// <summary>The language used when a requested one is missing.</summary>
    public const string DefaultLanguage = "en";

    /// <summary>Initializes a new instance of the <see cref="LocalizedText"/> class.</summary>
    /// <param name="translations">The text by language code; must contain <see cref="DefaultLanguage"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="translations"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="translations"/> has no English text.</exception>
    public LocalizedText(IReadOnlyDictionary<string, string> translations)
    {
        ArgumentNullException.ThrowIfNull(translations);
        if (!translations.ContainsKey(DefaultLanguage))
        {
            throw new ArgumentException("An English ('en') text is required as the fallback.", nameof(translations));
        }

        Translations = new SortedDictionary<string, string>(translations.ToDictionary(), StringComparer.Ordinal);
    }

    /// <summary>Gets the texts by language code, ordered by code.</summary>
    public IReadOnlyDictionary<string, string> Translations { get; }

    /// <summary>Gets the text in <paramref name="language"/>, or in English when there is none.</summary>
    /// <param name="language">An ISO 639-1 code, or <see langword="null"/> for English.</param>
    /// <returns>The text.</returns>
    public string Get(string? language = null) =>
        language is not null && Translations.TryGetValue(language, out var text) ? text : Translations[DefaultLanguage];

    /// <summary>Returns the English text.</summary>
    /// <returns>The English text.</returns>
    public override string ToString() => Get();

    /// <summary>Creates an English-only text.</summary>
    /// <param name="english">The text.</param>
    /// <returns>The text.</returns>
    public static LocalizedText English(string english) => new(new Dictionary<string, string> { [DefaultLanguage] = english });
}
