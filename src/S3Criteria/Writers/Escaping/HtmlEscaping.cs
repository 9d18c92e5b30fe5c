using System.Net;

namespace S3Criteria.Writers.Escaping;

/// <summary>
/// Escapes text for HTML element content and quoted attribute values (the <c>html</c> format): a text from a document
/// or a rule file cannot open a tag, end an attribute or carry a character that HTML forbids.
/// </summary>
/// <remarks>
/// <c>&lt; &gt; &amp; " '</c> become character references, and so do the characters U+00A0 to U+00FF
/// (<see cref="WebUtility.HtmlEncode(string)"/>). The C0 controls except tab, line feed and carriage return, DEL and
/// the C1 controls are removed (HTML calls them parse errors); a lone surrogate becomes U+FFFD. Links are not made
/// here: the HTML writer makes a link only of an <c>http</c> or <c>https</c> address.
/// </remarks>
/// <threadsafety static="true"/>
public static class HtmlEscaping
{
    /// <summary>Returns the text escaped for HTML content or a quoted attribute value.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return WebUtility.HtmlEncode(TextScan.Rewrite(text, Needs, Write));
    }

    private static bool Needs(string text, int index)
    {
        var c = text[index];
        return c is not ('\t' or '\n' or '\r') && (TextScan.IsControl(c) || TextScan.IsLoneSurrogate(text, index));
    }

    private static void Write(System.Text.StringBuilder result, string text, int index)
    {
        if (TextScan.IsLoneSurrogate(text, index))
        {
            result.Append(TextScan.Replacement);
        }
    }
}
