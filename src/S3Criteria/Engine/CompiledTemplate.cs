using System.Text;
using S3Criteria.Model;
using S3Criteria.Rules;
using S3Criteria.Rules.Language;

namespace S3Criteria.Engine;

/// <summary>A message template with its placeholders compiled, per language.</summary>
internal sealed class CompiledTemplate(LocalizedText text, IReadOnlyDictionary<string, IReadOnlyList<object>> segments)
{
    public LocalizedText Text { get; } = text;

    /// <summary>Renders the template; each segment is literal text or a <see cref="TieredDelegate{TDelegate}"/> of the value.</summary>
    public string Render(EvaluationScope scope, object subject, string? language)
    {
        var parts = language is not null && segments.TryGetValue(language, out var localized) ? localized : segments[LocalizedText.DefaultLanguage];
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            text.Append(part is TieredDelegate<Func<EvaluationScope, object, object?>> value ? ValueFormatter.Format(value.Value(scope, subject)) : (string)part);
        }

        return text.ToString();
    }
}
