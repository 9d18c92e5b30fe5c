using S3Criteria.Diagnostics;
using S3Criteria.Text;

namespace S3Criteria.Rules.Yaml;

/// <summary>
/// Reads the texts of a rule file: a plain string (English), or a mapping of ISO 639-1 language codes to text that
/// includes English as the fallback; templates are split into literal text and <c>{placeholders}</c>.
/// </summary>
internal static class LocalizedTextReader
{
    /// <summary>Reads the text at <paramref name="key"/>; a missing (when required) or malformed one is reported.</summary>
    public static LocalizedText? Read(Keys map, string key, bool required)
    {
        var node = map.Get(key);
        if (node is null)
        {
            if (required)
            {
                map.Missing(key);
            }

            return null;
        }

        switch (node)
        {
            case YScalar { IsNull: false } scalar:
                return LocalizedText.English(scalar.Value.Trim());
            case YMapping languages:
                return ReadLanguages(languages, key, map.Diagnostics);
            default:
                map.Diagnostics.Add(Messages.NotLocalizedText.At(node.Location, ("key", key), ("found", node.KindName)));
                return null;
        }
    }

    /// <summary>Reads the template at <paramref name="key"/>, each language's text split into segments.</summary>
    public static TemplateDefinition? ReadTemplate(Keys map, string key, SourceText file, bool required)
    {
        var text = Read(map, key, required);
        if (text is null)
        {
            return null;
        }

        var node = map.Get(key)!;
        var segments = new Dictionary<string, IReadOnlyList<TemplateSegment>>(StringComparer.Ordinal);
        foreach (var (language, value) in text.Translations)
        {
            var scalar = node is YMapping languages ? (YScalar)languages.Entries.First(e => e.Key.Value == language).Value : (YScalar)node;
            var parsed = TemplateParser.Parse(value, scalar, file, map.Diagnostics);
            if (parsed is null)
            {
                return null;
            }

            segments[language] = parsed;
        }

        return new TemplateDefinition(text, segments);
    }

    private static LocalizedText? ReadLanguages(YMapping languages, string key, ICollection<Diagnostic> diagnostics)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (language, value) in languages.Entries)
        {
            if (language.Value.Length != 2 || !language.Value.All(char.IsAsciiLetterLower))
            {
                diagnostics.Add(Messages.NotLanguageCode.At(language.Location, ("language", language.Value)));
            }
            else if (value is YScalar { IsNull: false } text)
            {
                texts[language.Value] = text.Value.Trim();
            }
            else
            {
                diagnostics.Add(Messages.TranslationNotText.At(value.Location, ("language", language.Value), ("key", key), ("found", value.KindName)));
            }
        }

        if (!texts.ContainsKey(LocalizedText.DefaultLanguage))
        {
            diagnostics.Add(Messages.EnglishTextMissing.At(languages.Location, ("key", key)));
            return null;
        }

        return new LocalizedText(texts);
    }
}
