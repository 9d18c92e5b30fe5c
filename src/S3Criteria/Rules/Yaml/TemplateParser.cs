using System.Text;
using S3Criteria.Diagnostics;
using S3Criteria.Rules.Language;
using S3Criteria.Text;

namespace S3Criteria.Rules.Yaml;

/// <summary>
/// Splits a message template into literal text and <c>{expression}</c> placeholders; <c>{{</c> and <c>}}</c> stand for
/// braces. A placeholder's position is found by counting opening braces in the raw file text, so errors in it point
/// at the right line and column even in folded block scalars.
/// </summary>
internal static class TemplateParser
{
    /// <summary>The braces the messages quote, as arguments: the catalogue's templates use braces for placeholders.</summary>
    private static readonly (string Name, object? Value)[] Braces = [("open", "{"), ("close", "}"), ("open-escaped", "{{"), ("close-escaped", "}}")];

    public static IReadOnlyList<TemplateSegment>? Parse(string text, YScalar scalar, SourceText file, ICollection<Diagnostic> diagnostics)
    {
        var raw = scalar.EndIndex <= file.Text.Length ? file.Text[scalar.StartIndex..scalar.EndIndex] : string.Empty;
        var rawBraces = OpeningBraces(raw).ToList();
        var segments = new List<TemplateSegment>();
        var literal = new StringBuilder();
        var placeholderIndex = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
            {
                literal.Append('{');
                i++;
                continue;
            }

            if (c == '}' && i + 1 < text.Length && text[i + 1] == '}')
            {
                literal.Append('}');
                i++;
                continue;
            }

            if (c == '}')
            {
                diagnostics.Add(Messages.UnmatchedClosingBrace.At(scalar.Location, Braces));
                return null;
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            var close = text.IndexOf('}', i + 1);
            if (close < 0)
            {
                diagnostics.Add(Messages.UnclosedOpeningBrace.At(scalar.Location, Braces));
                return null;
            }

            if (literal.Length > 0)
            {
                segments.Add(new TemplateSegment(literal.ToString(), null));
                literal.Clear();
            }

            var expression = text[(i + 1)..close];
            var rawStart = placeholderIndex < rawBraces.Count ? scalar.StartIndex + rawBraces[placeholderIndex] + 1 : -1;
            var source = rawStart >= 0
                ? new ExpressionSource(expression, offset => file.LocationOf(rawStart + offset))
                : new ExpressionSource(expression, _ => scalar.Location);
            segments.Add(new TemplateSegment(null, source));
            placeholderIndex++;
            i = close;
        }

        if (literal.Length > 0)
        {
            segments.Add(new TemplateSegment(literal.ToString(), null));
        }

        return segments;
    }

    private static IEnumerable<int> OpeningBraces(string raw)
    {
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '{')
            {
                if (i + 1 < raw.Length && raw[i + 1] == '{')
                {
                    i++;
                    continue;
                }

                yield return i;
            }
        }
    }
}
