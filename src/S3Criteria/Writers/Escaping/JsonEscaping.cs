using System.Text.Encodings.Web;
using System.Text.Json;

namespace S3Criteria.Writers.Escaping;

/// <summary>
/// Escapes text for JSON strings (the <c>json</c> and <c>sarif</c> formats): the output is valid JSON and valid UTF-8
/// whatever a document holds.
/// </summary>
/// <remarks>
/// The JSON writers write through <see cref="Utf8JsonWriter"/> with <see cref="WriterOptions"/>: quotation mark,
/// backslash, the C0 controls, DEL, the C1 controls and U+2028, U+2029 are written as escapes; a lone surrogate, which
/// has no UTF-8 form, becomes U+FFFD; a character beyond the Basic Multilingual Plane (an emoji) is written as an escaped
/// surrogate pair; other characters are written as they are (no <c>\u00E9</c> for <c>é</c>).
/// <see cref="Text"/> does the surrogate part for a text that is put into JSON some other way.
/// </remarks>
/// <threadsafety static="true"/>
public static class JsonEscaping
{
    /// <summary>Gets the options the JSON writers use: indented, <c>\n</c> line ends, and the escaping described above.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>Returns the text with each lone surrogate replaced by U+FFFD, so that it has a UTF-8 form.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text; <paramref name="text"/> itself when it has no lone surrogate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TextScan.Rewrite(text, TextScan.IsLoneSurrogate, static (result, _, _) => result.Append(TextScan.Replacement));
    }
}
