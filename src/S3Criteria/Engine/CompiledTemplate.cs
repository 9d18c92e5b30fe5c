using S3Criteria.Rules;
using S3Criteria.Rules.Language;

namespace S3Criteria.Engine;

/// <summary>A message template with its placeholders compiled, per language; the report's text renderer fills it.</summary>
internal sealed class CompiledTemplate(LocalizedText text, IReadOnlyDictionary<string, IReadOnlyList<object>> segments)
{
    public LocalizedText Text { get; } = text;

    /// <summary>
    /// Gets the template's segments in <paramref name="language"/>, or in English when it has none: each is literal
    /// text (a <see cref="string"/>) or a <see cref="TieredDelegate{TDelegate}"/> of a placeholder's value.
    /// </summary>
    public IReadOnlyList<object> Segments(string? language) =>
        language is not null && segments.TryGetValue(language, out var localized) ? localized : segments[LocalizedText.DefaultLanguage];

    /// <summary>Reads a placeholder segment's value for one subject.</summary>
    public static object? Value(object segment, EvaluationScope scope, object subject) =>
        ((TieredDelegate<Func<EvaluationScope, object, object?>>)segment).Value(scope, subject);
}
