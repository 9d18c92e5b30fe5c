using System.Globalization;
using System.Text;

namespace S3Criteria.Office.Reading;

/// <summary>
/// The escapes of OOXML text (ST_Xstring): a character XML cannot hold, or a carriage return, is written
/// <c>_xHHHH_</c>, and a literal <c>_x</c> that would read as an escape is written <c>_x005F_</c> first.
/// </summary>
internal static class OoxmlText
{
    private static readonly System.Buffers.SearchValues<char> Hex = System.Buffers.SearchValues.Create("0123456789ABCDEFabcdef");

    /// <summary>Escapes text for a cell, so that it reads back exactly.</summary>
    public static string Escape(string text)
    {
        StringBuilder? escaped = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var needs = (c < 0x20 && c is not '\t' and not '\n') || c is '\uFFFE' or '\uFFFF' || (c == '_' && IsEscape(text, i));
            if (needs)
            {
                escaped ??= new StringBuilder(text, 0, i, text.Length + 16);
                escaped.Append(string.Create(CultureInfo.InvariantCulture, $"_x{(int)c:X4}_"));
            }
            else
            {
                escaped?.Append(c);
            }
        }

        return escaped?.ToString() ?? text;
    }

    /// <summary>Reads the escapes of text from a cell.</summary>
    public static string Unescape(string text)
    {
        if (!text.Contains("_x", StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '_' && IsEscape(text, i))
            {
                result.Append((char)int.Parse(text.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 6;
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }

    private static bool IsEscape(string text, int i) =>
        i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_' && !text.AsSpan(i + 2, 4).ContainsAnyExcept(Hex);
}
