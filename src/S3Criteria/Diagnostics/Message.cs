using System.Collections;
using System.Globalization;
using System.Text;

namespace S3Criteria.Diagnostics;

/// <summary>
/// One message of the catalogue (<see cref="Messages"/>): a stable id, the <see cref="DiagnosticCodes">code</see> of
/// the diagnostics it makes, and an English template with named placeholders such as <c>{key}</c>. Diagnostics are
/// made only from messages, so every text a user reads lives in one place and can later be translated by id.
/// </summary>
/// <threadsafety static="true" instance="true"/>
internal sealed class Message
{
    /// <summary>How many items of a list argument are printed before "… and N more".</summary>
    public const int MaxListItems = 50;

    /// <summary>How many characters of one argument are printed before it is cut with "…".</summary>
    public const int MaxArgumentLength = 200;

    public Message(string code, string id, string template)
    {
        Code = code;
        Id = id;
        Template = template;
    }

    /// <summary>Gets the diagnostic code, such as <c>S3Y0003</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the message id, such as <c>text.duplicate-key</c>: stable, the key of translations.</summary>
    public string Id { get; }

    /// <summary>Gets the English template.</summary>
    public string Template { get; }

    /// <summary>Makes a diagnostic of this message.</summary>
    /// <param name="location">Where, if known.</param>
    /// <param name="path">The path of the value in a document, if any.</param>
    /// <param name="arguments">The values of the placeholders, by name.</param>
    /// <returns>The diagnostic.</returns>
    public Diagnostic At(SourceLocation? location, string? path, params ReadOnlySpan<(string Name, object? Value)> arguments)
    {
        var rendered = Rendered(arguments, out var localizable);
        return new(Code, Format(rendered), location, string.IsNullOrEmpty(path) ? null : path, Id, rendered, localizable);
    }

    /// <summary>Makes a diagnostic of this message with no document path.</summary>
    /// <param name="location">Where, if known.</param>
    /// <param name="arguments">The values of the placeholders, by name.</param>
    /// <returns>The diagnostic.</returns>
    public Diagnostic At(SourceLocation? location, params ReadOnlySpan<(string Name, object? Value)> arguments) =>
        At(location, null, arguments);

    /// <summary>Fills the template: lists are joined with ", " (at most <see cref="MaxListItems"/> items), long values cut.</summary>
    /// <param name="arguments">The values of the placeholders, by name.</param>
    /// <returns>The text.</returns>
    public string Format(params ReadOnlySpan<(string Name, object? Value)> arguments) => Format(Rendered(arguments, out _));

    /// <summary>
    /// Fills <paramref name="template"/>'s <c>{name}</c> placeholders from already rendered arguments,
    /// <c>{a name}</c> / <c>{A name}</c> with the value after its English indefinite article (<c>an action type</c>),
    /// and plural placeholders (<c>{count, plural, one {# report} other {# reports}}</c>, <see cref="PluralForm"/>)
    /// with the branch of the number's plural category in <paramref name="language"/>; an unknown placeholder stays
    /// as written.
    /// </summary>
    /// <param name="template">A template of this catalogue or of a translation of it.</param>
    /// <param name="arguments">The rendered arguments, by name.</param>
    /// <param name="language">The template's language code, such as <c>hr</c>: it decides the plural branch.</param>
    /// <returns>The text.</returns>
    public static string Fill(string template, IReadOnlyDictionary<string, string> arguments, string language = "en") =>
        Fill(template, arguments, language, onUnknown: null);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Code}): {Template}";

    /// <summary>Prints each argument once; the tool's own phrases among them are kept too, for other languages to word.</summary>
    private static Dictionary<string, string> Rendered(ReadOnlySpan<(string Name, object? Value)> arguments, out Dictionary<string, ILocalizableArgument>? localizable)
    {
        var rendered = new Dictionary<string, string>(StringComparer.Ordinal);
        localizable = null;
        foreach (var (name, value) in arguments)
        {
            var printed = Printed(value);
            if (rendered.TryAdd(name, printed.ToString() ?? string.Empty) && printed is ILocalizableArgument phrase)
            {
                (localizable ??= new(StringComparer.Ordinal))[name] = phrase;
            }
        }

        return rendered;
    }

    private string Format(Dictionary<string, string> rendered) =>
        Fill(Template, rendered, "en", name => throw new InvalidOperationException($"Message {Id} has the placeholder {{{name}}} but no argument of that name."));

    /// <summary>Fills the placeholders; an unknown one is passed to <paramref name="onUnknown"/> and, if that returns, stays as written.</summary>
    private static string Fill(string template, IReadOnlyDictionary<string, string> arguments, string language, Action<string>? onUnknown)
    {
        if (PluralForm.AnyIn(template))
        {
            template = PluralForm.Resolve(template, name => arguments.TryGetValue(name, out var value) ? value : null, language);
        }

        var text = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var end = template[i] == '{' ? template.IndexOf('}', i + 1) : -1;
            if (end > i)
            {
                var name = template[(i + 1)..end];
                if (TryAppend(text, name, arguments))
                {
                    i = end + 1;
                    continue;
                }

                onUnknown?.Invoke(name);
            }

            text.Append(template[i]);
            i++;
        }

        return text.ToString();
    }

    /// <summary>
    /// Appends the value of the placeholder <paramref name="name"/>: <c>type</c>, or <c>a type</c> / <c>A type</c> for
    /// the value after its English indefinite article ("an action type", "a date"; English templates only, whose values
    /// are English words).
    /// </summary>
    private static bool TryAppend(StringBuilder text, string name, IReadOnlyDictionary<string, string> arguments)
    {
        if (arguments.TryGetValue(name, out var value))
        {
            text.Append(value);
            return true;
        }

        if (name.Length > 2 && name[0] is 'a' or 'A' && name[1] == ' ' && arguments.TryGetValue(name[2..], out value))
        {
            var an = value.Length > 0 && "aeiouAEIOU".Contains(value[0], StringComparison.Ordinal);
            text.Append(name[0]).Append(an ? "n " : " ").Append(value);
            return true;
        }

        return false;
    }

    /// <summary>An argument as printed: text, a phrase of the tool's own, or a list cut with "… and N more" (<see cref="CutList"/>).</summary>
    private static object Printed(object? value) => value switch
    {
        null => string.Empty,
        string text => Cut(text),
        ListExcerpt excerpt => Excerpt(excerpt.Items, Math.Min(excerpt.Shown, MaxListItems)),
        IEnumerable<string?> items => List(items),
        ILocalizableArgument phrase => phrase,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => List(items.Cast<object?>().Select(item => Convert.ToString(item, CultureInfo.InvariantCulture) ?? string.Empty)),
        _ => Cut(value.ToString() ?? string.Empty),
    };

    private static string Cut(string text) => text.Length <= MaxArgumentLength ? text : string.Concat(text.AsSpan(0, MaxArgumentLength), "\u2026");

    /// <summary>The first <paramref name="most"/> items, then "… and N more": the rest are counted, not visited.</summary>
    private static object Excerpt(IReadOnlyCollection<string?> items, int most)
    {
        var text = string.Join(", ", items.Take(most).Select(item => Cut(item ?? string.Empty)));
        return items.Count > most ? new CutList(text, items.Count - most) : text;
    }

    private static object List(IEnumerable<string?> items)
    {
        var shown = new List<string>();
        var total = 0;
        foreach (var item in items)
        {
            if (shown.Count < MaxListItems)
            {
                shown.Add(Cut(item ?? string.Empty));
            }

            total++;
        }

        var text = string.Join(", ", shown);
        return total > shown.Count ? new CutList(text, total - shown.Count) : text;
    }
}
