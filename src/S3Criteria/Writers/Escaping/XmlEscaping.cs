using System.Text;

namespace S3Criteria.Writers.Escaping;

/// <summary>
/// Escapes text for XML 1.0, as XML-based outputs (JUnit, Office Open XML documents and workbooks) need it: a text from
/// a document can neither break the markup nor carry a character that XML 1.0 forbids, which would make the whole
/// file unreadable.
/// </summary>
/// <remarks>
/// <see cref="Legal"/> keeps only what XML 1.0 allows (tab, line feed, carriage return, U+0020 to U+D7FF,
/// U+E000 to U+FFFD and surrogate pairs): the other C0 controls are removed, and so are DEL and the C1 controls, which
/// XML 1.0 discourages; a lone surrogate and U+FFFE, U+FFFF become U+FFFD. Use it with a writer that escapes markup
/// itself (<c>XmlWriter</c>, an OOXML library). <see cref="Text"/> also escapes <c>&amp; &lt; &gt; " '</c>, and writes tab,
/// line feed and carriage return as character references, for content and attribute values written by hand: a reader
/// then gets them back as they were, without the line-end and attribute-value normalisation of XML 1.0.
/// </remarks>
/// <threadsafety static="true"/>
public static class XmlEscaping
{
    /// <summary>Returns the text with every character that XML 1.0 forbids removed or replaced.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text; <paramref name="text"/> itself when nothing had to change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Legal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TextScan.Rewrite(text, NeedsCharacter, WriteCharacter);
    }

    /// <summary>Returns the text escaped for XML content or a quoted attribute value.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TextScan.Rewrite(text, static (t, i) => t[i] is '&' or '<' or '>' or '"' or '\'' or '\t' or '\n' or '\r' || NeedsCharacter(t, i), static (result, t, i) =>
        {
            switch (t[i])
            {
                case '&': result.Append("&amp;"); break;
                case '<': result.Append("&lt;"); break;
                case '>': result.Append("&gt;"); break;
                case '"': result.Append("&quot;"); break;
                case '\'': result.Append("&apos;"); break;
                case '\t': result.Append("&#x9;"); break;
                case '\n': result.Append("&#xA;"); break;
                case '\r': result.Append("&#xD;"); break;
                default: WriteCharacter(result, t, i); break;
            }
        });
    }

    private static bool NeedsCharacter(string text, int index)
    {
        var c = text[index];
        return c is not ('\t' or '\n' or '\r') && (TextScan.IsControl(c) || c is '\uFFFE' or '\uFFFF' || TextScan.IsLoneSurrogate(text, index));
    }

    private static void WriteCharacter(StringBuilder result, string text, int index)
    {
        if (!TextScan.IsControl(text[index]))
        {
            result.Append(TextScan.Replacement);
        }
    }
}
