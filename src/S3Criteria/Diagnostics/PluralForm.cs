using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace S3Criteria.Diagnostics;

/// <summary>
/// A plural placeholder of a template, in the syntax of ICU MessageFormat that translators know:
/// <c>{count, plural, one {# report} other {# reports}}</c>. The branch is chosen by the number's
/// <see cref="PluralRules">category</see> in the template's language, an exact branch (<c>=0 {no report}</c>) first;
/// <c>#</c> in it is the number, and <c>{name}</c> placeholders in it are filled like the rest of the template
/// (<see cref="Message.Fill(string, IReadOnlyDictionary{string, string}, string)"/>).
/// </summary>
internal sealed class PluralForm
{
    private readonly (string Selector, string Text)[] _branches;

    private PluralForm(string name, (string Selector, string Text)[] branches)
    {
        Name = name;
        _branches = branches;
    }

    /// <summary>Gets the name of the placeholder whose value is counted, such as <c>count</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the selectors in the order written: <c>one</c>, <c>few</c>, <c>many</c>, <c>other</c> or <c>=N</c>.</summary>
    public IEnumerable<string> Selectors => _branches.Select(b => b.Selector);

    /// <summary>Reads the plural placeholder that starts at <paramref name="start"/> (a <c>{</c>), if one does.</summary>
    /// <param name="template">The template.</param>
    /// <param name="start">The index of the <c>{</c>.</param>
    /// <param name="end">The index after the placeholder's closing <c>}</c>.</param>
    /// <param name="form">The placeholder; it has an <c>other</c> branch.</param>
    /// <returns>Whether a complete plural placeholder with an <c>other</c> branch starts there.</returns>
    public static bool TryRead(string template, int start, out int end, [NotNullWhen(true)] out PluralForm? form)
    {
        end = start;
        form = null;
        var i = start + 1;
        var name = Word(template, ref i, static c => char.IsAsciiLetterOrDigit(c) || c == '-');
        if (name.Length == 0 || !Expect(template, ref i, ',') || Word(template, ref i, char.IsAsciiLetterLower) != "plural" || !Expect(template, ref i, ','))
        {
            return false;
        }

        var branches = new List<(string, string)>();
        while (true)
        {
            SkipSpaces(template, ref i);
            if (i >= template.Length)
            {
                return false;
            }

            if (template[i] == '}')
            {
                break;
            }

            var selector = template[i] == '=' ? "=" + Word(template, ref i, char.IsAsciiDigit, from: i + 1) : Word(template, ref i, char.IsAsciiLetterLower);
            if (selector is "" or "=" || !Expect(template, ref i, '{') || !Balanced(template, ref i, out var text))
            {
                return false;
            }

            branches.Add((selector, text));
        }

        if (!branches.Exists(b => b.Item1 == "other"))
        {
            return false;
        }

        end = i + 1;
        form = new PluralForm(name, [.. branches]);
        return true;
    }

    /// <summary>Whether <paramref name="template"/> may hold a plural placeholder (a quick test before <see cref="Resolve"/>).</summary>
    /// <param name="template">The template.</param>
    /// <returns><see langword="false"/> when it certainly holds none.</returns>
    public static bool AnyIn(string template) => template.Contains("plural", StringComparison.Ordinal);

    /// <summary>
    /// Replaces every plural placeholder of <paramref name="template"/> with its branch for the value of its argument,
    /// <c>#</c> written as the placeholder <c>{name}</c>, so the value itself is filled in the same single pass as every
    /// other value and is never read as a template. A placeholder whose argument is missing gets its <c>other</c>
    /// branch; anything else is left as written.
    /// </summary>
    /// <param name="template">The template.</param>
    /// <param name="valueOf">The printed value of an argument by name, or <see langword="null"/>.</param>
    /// <param name="language">The template's language code.</param>
    /// <returns>The template without plural placeholders.</returns>
    public static string Resolve(string template, Func<string, string?> valueOf, string language)
    {
        if (!AnyIn(template))
        {
            return template;
        }

        var text = new StringBuilder(template.Length);
        var i = 0;
        while (i < template.Length)
        {
            if (template[i] == '{' && TryRead(template, i, out var end, out var form))
            {
                text.Append(Resolve(Counted(form.Select(valueOf(form.Name), language), form.Name), valueOf, language));
                i = end;
                continue;
            }

            text.Append(template[i]);
            i++;
        }

        return text.ToString();
    }

    /// <summary>The branch for a value as printed: an exact <c>=N</c> branch, else the number's category, else <c>other</c>.</summary>
    /// <param name="value">The printed value of the placeholder, such as <c>12</c>, or <see langword="null"/>.</param>
    /// <param name="language">The template's language code.</param>
    /// <returns>The branch's text as written.</returns>
    public string Select(string? value, string language)
    {
        var text = Branch("other")!;
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            text = Branch("=" + number.ToString(CultureInfo.InvariantCulture)) ?? Branch(PluralRules.Category(language, number)) ?? text;
        }

        return text;
    }

    /// <summary>A branch with its own <c>#</c> written as <c>{name}</c>; a <c>#</c> inside braces (a nested plural's) is left to that plural.</summary>
    private static string Counted(string branch, string name)
    {
        var text = new StringBuilder(branch.Length + name.Length);
        var depth = 0;
        foreach (var c in branch)
        {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (c == '#' && depth == 0)
            {
                text.Append('{').Append(name).Append('}');
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private string? Branch(string selector)
    {
        foreach (var (written, text) in _branches)
        {
            if (written == selector)
            {
                return text;
            }
        }

        return null;
    }

    private static string Word(string template, ref int i, Func<char, bool> allowed, int? from = null)
    {
        if (from is null)
        {
            SkipSpaces(template, ref i);
        }

        var begin = from ?? i;
        var end = begin;
        while (end < template.Length && allowed(template[end]))
        {
            end++;
        }

        i = end;
        return template[begin..end];
    }

    private static bool Expect(string template, ref int i, char expected)
    {
        SkipSpaces(template, ref i);
        if (i < template.Length && template[i] == expected)
        {
            i++;
            return true;
        }

        return false;
    }

    private static void SkipSpaces(string template, ref int i)
    {
        while (i < template.Length && char.IsWhiteSpace(template[i]))
        {
            i++;
        }
    }

    /// <summary>Reads a branch's text up to the <c>}</c> that closes the <c>{</c> just read; nested placeholders are kept.</summary>
    private static bool Balanced(string template, ref int i, out string text)
    {
        var begin = i;
        var depth = 0;
        for (; i < template.Length; i++)
        {
            if (template[i] == '{')
            {
                depth++;
            }
            else if (template[i] == '}' && depth-- == 0)
            {
                text = template[begin..i];
                i++;
                return true;
            }
        }

        text = string.Empty;
        return false;
    }
}
