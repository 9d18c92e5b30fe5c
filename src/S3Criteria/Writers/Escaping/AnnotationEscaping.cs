namespace S3Criteria.Writers.Escaping;

/// <summary>
/// Escapes text for CI annotation commands (GitHub Actions workflow commands such as
/// <c>::error file=strategy.yaml,line=3,title=C1-01::message</c>): a title or message cannot end the command early
/// or start a new one (<c>::add-mask::</c>, <c>::stop-commands::</c>) on a line of its own.
/// </summary>
/// <remarks>
/// As the Actions toolkit encodes them: in <see cref="Data"/> (the message after <c>::</c>) <c>%</c>, carriage
/// return and line feed become <c>%25</c>, <c>%0D</c> and <c>%0A</c>; in <see cref="Property"/> (a value such as
/// <c>title=</c>) <c>:</c> and <c>,</c> also become <c>%3A</c> and <c>%2C</c>. The other C0 controls, DEL, the C1
/// controls and the bidirectional controls are removed, as <see cref="TerminalEscaping"/> removes them, because the
/// log that holds the command is shown as terminal output.
/// </remarks>
/// <threadsafety static="true"/>
public static class AnnotationEscaping
{
    /// <summary>Returns the text escaped as a command's message.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text, on one line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Data(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Encode(text, property: false);
    }

    /// <summary>Returns the text escaped as the value of a command's property (<c>file</c>, <c>title</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text, on one line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Property(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Encode(text, property: true);
    }

    private static string Encode(string text, bool property)
    {
        // Carriage returns and line feeds are encoded before the terminal escaping, which would remove the former.
        var encoded = TextScan.Rewrite(text, property ? NeedsInProperty : NeedsInData, static (result, t, i) => result.Append(t[i] switch
        {
            '%' => "%25",
            '\r' => "%0D",
            '\n' => "%0A",
            ':' => "%3A",
            _ => "%2C",
        }));
        return TerminalEscaping.Text(encoded);
    }

    private static bool NeedsInData(string text, int index) => text[index] is '%' or '\r' or '\n';

    private static bool NeedsInProperty(string text, int index) => text[index] is '%' or '\r' or '\n' or ':' or ',';
}
