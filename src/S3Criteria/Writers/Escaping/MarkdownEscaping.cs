using System.Buffers;
using System.Text;

namespace S3Criteria.Writers.Escaping;

/// <summary>
/// Escapes text for Markdown (CommonMark and GitHub Flavored Markdown), as pull-request comments and SARIF help show
/// it: a text from a document or a rule file stays one piece of text. It cannot start a heading, a list, a quote or a
/// table row, close a table cell, emphasise, link, embed an image or HTML, or notify anyone.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Controls are removed as <see cref="TerminalEscaping"/> removes them; line breaks (LF, CR, U+2028, U+2029)
/// become a space (<see cref="TableCell"/>: <c>&lt;br&gt;</c>), so a newline in a title cannot start a heading;
/// leading spaces and tabs are dropped, so a text cannot start a code block.</item>
/// <item><c>\ ` * _ [ ] # | ~</c> are escaped with a backslash, so no emphasis, code, link, image
/// (<c>![..](..)</c>), reference or table cell boundary forms; <c>&lt;</c> and <c>&gt;</c> become <c>&amp;lt;</c> and
/// <c>&amp;gt;</c>, so no HTML tag, comment or autolink (<c>&lt;javascript:..&gt;</c>) forms, in Markdown or inside an
/// HTML block.</item>
/// <item>In a text that starts a line (<see cref="Text"/>), a first character that would start a block (<c>- + =</c>,
/// or a number followed by <c>.</c> or <c>)</c>) is escaped with a backslash.</item>
/// <item>An <c>@</c> before a letter or digit is followed by a zero-width space (<c>&amp;#8203;</c>), so
/// <c>@name</c> mentions no one and an e-mail address, <c>mailto:</c> or <c>xmpp:</c> address is not linked.
/// The only links left are the web addresses (<c>http</c>, <c>https</c>, <c>www.</c>) that GitHub links by itself.</item>
/// </list>
/// Rendered, the text reads as it was written.
/// </remarks>
/// <threadsafety static="true"/>
public static class MarkdownEscaping
{
    private const string ZeroWidthSpace = "&#8203;";

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n\u2028\u2029");

    /// <summary>Returns the text escaped to start a line of its own (a paragraph), on one line.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text, without line breaks; <paramref name="text"/> itself when nothing had to change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Escape(text, " ", blockStart: true);
    }

    /// <summary>
    /// Returns the text escaped to follow something else on its line (after <c>## </c>, <c>- **C1-01** </c> or a
    /// label), on one line; as <see cref="Text"/>, but a first <c>-</c> or <c>1.</c> is left as it is, since it cannot
    /// start a block there.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text, without line breaks; <paramref name="text"/> itself when nothing had to change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Inline(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Escape(text, " ", blockStart: false);
    }

    /// <summary>Returns the text escaped for a table cell, as <see cref="Inline"/> does, with line breaks kept as <c>&lt;br&gt;</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text, on one line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string TableCell(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Escape(text, "<br>", blockStart: false);
    }

    /// <summary>
    /// Returns the text as a code span: between backtick fences longer than any run of backticks in it, padded with
    /// a space where it starts or ends with a backtick. Controls are removed and line breaks become spaces.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The code span, fences included.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Code(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = TerminalEscaping.Text(Lines(text)).Replace('\n', ' ');
        int longest = 0, run = 0;
        foreach (var c in clean)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = clean.StartsWith('`') || clean.EndsWith('`') ? " " : string.Empty;
        return fence + pad + clean + pad + fence;
    }

    /// <summary>
    /// Returns a reference as a link when it is an absolute <c>http</c> or <c>https</c> address that an autolink can
    /// hold (<c>&lt;https://...&gt;</c>: no space, control or angle bracket), and as <see cref="Inline"/> otherwise, so a
    /// <c>javascript:</c> or <c>data:</c> address is never a link.
    /// </summary>
    /// <param name="reference">The reference: a web address or a citation.</param>
    /// <returns>The autolink or the escaped text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is <see langword="null"/>.</exception>
    public static string WebAddress(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var linkable = Uri.TryCreate(reference, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && !reference.Any(c => c is '<' or '>' || char.IsWhiteSpace(c) || TextScan.IsControl(c) || char.IsSurrogate(c));
        return linkable ? "<" + reference + ">" : Inline(reference);
    }

    private static string Escape(string text, string lineBreak, bool blockStart)
    {
        // Line breaks are collapsed to '\n' first, which nothing below changes, and become lineBreak last.
        var clean = TerminalEscaping.Text(Lines(text)).TrimStart(' ', '\t', '\n').TrimEnd('\n');
        var escaped = TextScan.Rewrite(clean, Needs, Write);
        if (blockStart && BlockStart(escaped) is var start and >= 0)
        {
            escaped = escaped.Insert(start, "\\");
        }

        return lineBreak == "\n" ? escaped : escaped.Replace("\n", lineBreak, StringComparison.Ordinal);
    }

    /// <summary>Line breaks, of any kind and in runs, as one line feed.</summary>
    private static string Lines(string text)
    {
        if (!text.AsSpan().ContainsAny(LineBreaks))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var inBreak = false;
        foreach (var c in text)
        {
            if (c is '\r' or '\n' or '\u2028' or '\u2029')
            {
                if (!inBreak)
                {
                    result.Append('\n');
                }

                inBreak = true;
                continue;
            }

            inBreak = false;
            result.Append(c);
        }

        return result.ToString();
    }

    private static bool Needs(string text, int index) => text[index] switch
    {
        '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '|' or '~' or '<' or '>' => true,
        '@' => index + 1 < text.Length && char.IsAsciiLetterOrDigit(text[index + 1]),
        _ => false,
    };

    private static void Write(StringBuilder result, string text, int index)
    {
        switch (text[index])
        {
            case '<':
                result.Append("&lt;");
                break;
            case '>':
                result.Append("&gt;");
                break;
            case '@':
                result.Append('@').Append(ZeroWidthSpace);
                break;
            default:
                result.Append('\\').Append(text[index]);
                break;
        }
    }

    /// <summary>The index to put a backslash at, when the text starts with what would start a block; else -1.</summary>
    private static int BlockStart(string text)
    {
        if (text.Length == 0)
        {
            return -1;
        }

        if (text[0] is '-' or '+' or '=')
        {
            return 0;
        }

        var digits = 0;
        while (digits < text.Length && digits < 10 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < text.Length && text[digits] is '.' or ')' ? digits : -1;
    }
}
