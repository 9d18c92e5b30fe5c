using System.Diagnostics.CodeAnalysis;

namespace S3Criteria.Localization;

/// <summary>
/// The languages reports can be written in, and the one way a requested language is read: a BCP 47 tag such as
/// <c>it</c>, <c>it-IT</c>, <c>el_GR</c> or <c>EN</c> names the shipped language of its primary subtag, case aside.
/// No <see cref="System.Globalization.CultureInfo"/> is involved, so this works with invariant globalization.
/// </summary>
public static class Languages
{
    /// <summary>The language of the reference texts, used for any text missing in another language.</summary>
    public const string English = "en";

    /// <summary>Gets the shipped languages, English first, then by code.</summary>
    public static IReadOnlyList<ShippedLanguage> Shipped => Catalogues.Languages;

    /// <summary>Gets the codes of the shipped languages, joined with ", ", as error messages list them.</summary>
    public static string Available => string.Join(", ", Shipped.Select(l => l.Code));

    /// <summary>Reads a language tag as one of the <see cref="Shipped"/> languages.</summary>
    /// <param name="tag">A BCP 47 tag (<c>it</c>, <c>it-IT</c>, <c>el-GR</c>, <c>EN</c>); <c>_</c> is read as <c>-</c>.</param>
    /// <param name="code">The shipped language's code, when the tag names one.</param>
    /// <returns><see langword="true"/> when the tag names a shipped language.</returns>
    public static bool TryNormalize(string? tag, [NotNullWhen(true)] out string? code)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(tag))
        {
            return false;
        }

        var primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        code = Shipped.FirstOrDefault(l => string.Equals(l.Code, primary, StringComparison.Ordinal))?.Code;
        return code is not null;
    }

    /// <summary>Reads a language tag as one of the <see cref="Shipped"/> languages, or fails with the available ones.</summary>
    /// <param name="tag">A BCP 47 tag; <see langword="null"/> for English.</param>
    /// <returns>The shipped language's code.</returns>
    /// <exception cref="ArgumentException"><paramref name="tag"/> names no shipped language.</exception>
    public static string Normalize(string? tag)
    {
        if (tag is null)
        {
            return English;
        }

        return TryNormalize(tag, out var code)
            ? code
            : throw new ArgumentException($"'{tag}' is not an available language; available: {Available}.", nameof(tag));
    }

    /// <summary>Gets the shipped language of a code.</summary>
    /// <param name="code">A code of <see cref="Shipped"/>.</param>
    /// <returns>The language, or <see langword="null"/>.</returns>
    public static ShippedLanguage? Find(string? code) => Shipped.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.Ordinal));
}
