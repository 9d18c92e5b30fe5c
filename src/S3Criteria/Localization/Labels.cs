using System.Globalization;
using S3Criteria.Diagnostics;

namespace S3Criteria.Localization;

/// <summary>
/// The tool's own texts in one language, with English for any text its catalogue lacks. Placeholders are written
/// <c>{name}</c>; numbers are formatted invariantly (no thousands separator, <c>.</c> for decimals) and dates as ISO 8601
/// (<c>2026-12-02</c>) in every language: one choice, documented in <c>docs/languages.md</c>.
/// </summary>
/// <remarks>
/// Writers get theirs from <c>TextRenderer</c>, the one place that picks a report's language; applications that
/// embed the library (and the command line) use <see cref="For(string?)"/> for the same words and for diagnostics.
/// </remarks>
/// <threadsafety static="true" instance="true"/>
public sealed class Labels : IPhrases
{
    private readonly Catalogue _catalogue;

    private Labels(Catalogue catalogue) => _catalogue = catalogue;

    /// <summary>Gets the English texts.</summary>
    /// <value>The reference catalogue.</value>
    public static Labels English { get; } = new(Catalogues.English);

    /// <summary>Gets the code of the language, such as <c>it</c>.</summary>
    public string Language => _catalogue.Language.Code;

    /// <summary>Gets the texts of a language: a shipped one named by a BCP 47 tag (<c>it</c>, <c>el-GR</c>); English for any other.</summary>
    /// <param name="language">The language's tag, or <see langword="null"/> for English.</param>
    /// <returns>The texts.</returns>
    public static Labels For(string? language) =>
        Languages.TryNormalize(language, out var code) && code != Languages.English ? new(Catalogues.Of(code)) : English;

    /// <summary>Gets a text by key, in English when this language lacks it.</summary>
    /// <param name="key">The key, such as <c>report.what-to-do</c> (see <c>Localization/Texts/en.yaml</c>).</param>
    /// <returns>The text, its placeholders unfilled.</returns>
    /// <exception cref="KeyNotFoundException">Not even English has the key: a defect of the tool.</exception>
    public string this[string key] =>
        _catalogue.Texts.TryGetValue(key, out var text) || Catalogues.English.Texts.TryGetValue(key, out text)
            ? text
            : throw new KeyNotFoundException($"The catalogue has no text '{key}'.");

    /// <summary>Gets a text by key with its placeholders filled: dates as ISO 8601, numbers invariantly.</summary>
    /// <param name="key">The key.</param>
    /// <param name="arguments">The values of the placeholders, by name; a placeholder without one stays as written.</param>
    /// <returns>The text.</returns>
    public string Format(string key, params ReadOnlySpan<(string Name, object? Value)> arguments)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in arguments)
        {
            values[name] = Value(value);
        }

        return Message.Fill(this[key], values, Language);
    }

    /// <summary>Gets a diagnostic's message in this language: the catalogue's translation of its message, filled with its arguments, or its message as made.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostic"/> is <see langword="null"/>.</exception>
    public string Diagnostic(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (diagnostic.MessageId is not { } id || !_catalogue.Texts.TryGetValue("diagnostic." + id, out var template))
        {
            return diagnostic.Message;
        }

        if (diagnostic.LocalizableArguments.Count == 0)
        {
            return Message.Fill(template, diagnostic.Arguments, Language);
        }

        // The tool's own phrases among the arguments (what was expected or found, "did you mean", "… and N more")
        // are worded in this language; values from the input stay as they were printed.
        var arguments = new Dictionary<string, string>(diagnostic.Arguments, StringComparer.Ordinal);
        foreach (var (name, argument) in diagnostic.LocalizableArguments)
        {
            arguments[name] = argument.Localize(this);
        }

        return Message.Fill(template, arguments, Language);
    }

    /// <summary>Formats a value the same in every language: ISO 8601 dates, invariant numbers.</summary>
    internal static string Value(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Returns the keys of the English catalogue this language lacks.</summary>
    internal IEnumerable<string> Missing() => Catalogues.English.Texts.Keys.Where(k => !_catalogue.Texts.ContainsKey(k));
}
