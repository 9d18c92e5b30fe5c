namespace S3Criteria.Writers.Escaping;

/// <summary>
/// Escapes text for a terminal (the <c>console</c> format, a command line's messages): a text from a document or a
/// rule file cannot move the cursor, clear the screen, set the window title, ring the bell or reorder what is shown.
/// </summary>
/// <remarks>
/// Removed: the C0 controls (U+0000 to U+001F) except line feed and tab, so ESC, BEL, NUL, backspace and carriage
/// return among them; DEL and the C1 controls (U+007F to U+009F, CSI U+009B among them); and the bidirectional
/// embedding, override and isolate controls (U+202A to U+202E, U+2066 to U+2069), which make a terminal show text in
/// another order than it is written. A lone surrogate becomes U+FFFD. Everything else, line feeds included, is kept.
/// </remarks>
/// <threadsafety static="true"/>
public static class TerminalEscaping
{
    /// <summary>Returns the text with the characters a terminal would act on removed.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text; <paramref name="text"/> itself when nothing had to change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TextScan.Rewrite(text, Needs, Write);
    }

    private static bool Needs(string text, int index)
    {
        var c = text[index];
        return c is not ('\n' or '\t') && (TextScan.IsControl(c) || IsBidiControl(c) || TextScan.IsLoneSurrogate(text, index));
    }

    private static void Write(System.Text.StringBuilder result, string text, int index)
    {
        if (TextScan.IsLoneSurrogate(text, index))
        {
            result.Append(TextScan.Replacement);
        }
    }

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
