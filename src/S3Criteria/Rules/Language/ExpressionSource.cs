using S3Criteria.Diagnostics;
using S3Criteria.Text;

namespace S3Criteria.Rules.Language;

/// <summary>The text of one expression and a map from offsets in it to positions in the rule file.</summary>
internal sealed class ExpressionSource(string text, Func<int, SourceLocation> locate)
{
    public string Text { get; } = text;

    public SourceLocation Locate(int offset) => locate(Math.Clamp(offset, 0, Math.Max(0, Text.Length)));

    /// <summary>
    /// Creates the source of an expression written as a YAML scalar. Plain and block scalars are read from the raw file
    /// text (whitespace is insignificant in expressions, so folding does not change the tokens), which keeps every token's
    /// line and column exact.
    /// </summary>
    public static ExpressionSource FromScalar(YScalar scalar, SourceText file)
    {
        switch (scalar.Style)
        {
            case ScalarStyle.Plain when scalar.EndIndex <= file.Text.Length:
                return new ExpressionSource(file.Text[scalar.StartIndex..scalar.EndIndex], i => file.LocationOf(scalar.StartIndex + i));
            case ScalarStyle.Block when scalar.EndIndex <= file.Text.Length:
                var newline = file.Text.IndexOf('\n', scalar.StartIndex);
                if (newline < 0 || newline >= scalar.EndIndex)
                {
                    break;
                }

                var start = newline + 1;
                return new ExpressionSource(file.Text[start..scalar.EndIndex], i => file.LocationOf(start + i));
            case ScalarStyle.Quoted:
                var raw = scalar.EndIndex <= file.Text.Length ? file.Text[scalar.StartIndex..scalar.EndIndex] : string.Empty;
                if (raw.Length == scalar.Value.Length + 2 && !raw.Contains('\n', StringComparison.Ordinal))
                {
                    return new ExpressionSource(scalar.Value, i => file.LocationOf(scalar.StartIndex + 1 + i));
                }

                break;
        }

        return new ExpressionSource(scalar.Value, _ => scalar.Location);
    }

    /// <summary>Creates the source of text that did not come from a file (a parameter override, a test).</summary>
    public static ExpressionSource FromText(string text, string? origin = null) =>
        new(text, i => new SourceLocation(origin, 1, i + 1));
}
