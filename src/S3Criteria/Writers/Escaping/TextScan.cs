using System.Text;

namespace S3Criteria.Writers.Escaping;

/// <summary>
/// What the escaping classes share: which characters are controls, which code units are lone surrogates, and one
/// loop that copies a text only when something in it has to change.
/// </summary>
internal static class TextScan
{
    /// <summary>The replacement character, written where a lone surrogate or a character illegal in the output was.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>Whether a character is a C0 control (U+0000 to U+001F), DEL (U+007F) or a C1 control (U+0080 to U+009F).</summary>
    public static bool IsControl(char c) => c < '\u0020' || c is >= '\u007F' and <= '\u009F';

    /// <summary>Whether the code unit at <paramref name="index"/> is half of a surrogate pair whose other half is missing.</summary>
    public static bool IsLoneSurrogate(string text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        return char.IsLowSurrogate(c) && (index == 0 || !char.IsHighSurrogate(text[index - 1]));
    }

    /// <summary>
    /// Returns <paramref name="text"/> with each code unit that <paramref name="needs"/> selects replaced by what
    /// <paramref name="write"/> appends; the text itself, not a copy, when nothing is selected.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="needs">Whether the code unit at an index must change.</param>
    /// <param name="write">Appends the replacement of the code unit at an index (nothing, to remove it).</param>
    public static string Rewrite(string text, Func<string, int, bool> needs, Action<StringBuilder, string, int> write)
    {
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (needs(text, i))
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        result.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (needs(text, i))
            {
                write(result, text, i);
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }
}
