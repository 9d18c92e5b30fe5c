using System.CommandLine;
using S3Criteria.Localization;
using S3Criteria.Writers.Escaping;

namespace S3Criteria.Cli;

/// <summary>
/// The <c>--language</c> option of <c>check</c>, <c>forecast</c>, <c>diff</c>, <c>convert</c> and <c>init</c>: a shipped
/// language as a BCP 47 tag (<c>it</c>, <c>it-IT</c>, <c>EL</c>); an unknown one is a usage error that lists the
/// available languages. Without it, a report is in the language its document declares (<c>language:</c>) if shipped,
/// else in English; <c>convert</c> and <c>init</c>, which write no report, write their messages in English without it.
/// </summary>
internal static class LanguageOption
{
    /// <summary>The option of the commands that write reports.</summary>
    public static Option<string?> Create() => new("--language")
    {
        Description = $"Language of the report ({Languages.Available}; BCP 47 forms such as it-IT too). Default: the document's 'language', else English. Texts without a translation stay in English and are listed in the provenance.",
    };

    /// <summary>The option of a command that writes no report, only messages: <paramref name="what"/> says what it sets.</summary>
    public static Option<string?> Create(string what) => new("--language")
    {
        Description = $"{what} ({Languages.Available}; BCP 47 forms such as it-IT too). Default: English.",
    };

    /// <summary>Reads the option's value: <see langword="true"/> with the shipped code (or <see langword="null"/> when absent), or <see langword="false"/> after writing the usage error.</summary>
    public static bool TryRead(string? value, TextWriter error, out string? code)
    {
        code = null;
        if (value is null)
        {
            return true;
        }

        if (Languages.TryNormalize(value, out code))
        {
            return true;
        }

        error.WriteLine(TerminalEscaping.Text($"error: --language '{value}' is not an available language; available: {Languages.Available}."));
        return false;
    }
}
