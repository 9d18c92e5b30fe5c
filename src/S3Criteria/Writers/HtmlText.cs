using System.Globalization;
using S3Criteria.Model;
using S3Criteria.Reports;
using S3Criteria.Writers.Escaping;
using S3Criteria.Localization;

namespace S3Criteria.Writers;

/// <summary>The HTML report's escaping and small pieces of text: every text a report prints goes through <see cref="E"/>.</summary>
internal static class HtmlText
{
    /// <summary>A verdict as a coloured badge with words and symbol.</summary>
    public static string Badge(Verdict verdict) => Badge(verdict, Labels.English);

    /// <summary>A verdict badge in the language of <paramref name="labels"/>.</summary>
    public static string Badge(Verdict verdict, Labels labels) =>
        "<span class=\"badge " + HtmlReportOverview.VerdictClass(verdict) + "\">" + E(HtmlReportOverview.VerdictLabel(verdict, labels)) + "</span>";

    /// <summary>What a finding is about, in words for a policy officer.</summary>
    public static string SubjectText(Subject subject) => SubjectText(subject, Labels.English);

    /// <summary>What a finding is about, in the language of <paramref name="labels"/>.</summary>
    public static string SubjectText(Subject subject, Labels labels) => subject.Kind switch
    {
        SubjectKind.Strategy => labels["subject.whole-strategy"],
        SubjectKind.Priority => labels.Format("subject.named-priority", ("name", subject.Name)),
        _ => labels.Format("subject.named", ("kind", ReportLabels.Kind(subject.Kind, labels)), ("name", subject.Name)),
    } + (subject.Kind == SubjectKind.Strategy ? string.Empty : $" ({subject.Id})");

    /// <summary>A count with its noun in the language of <paramref name="labels"/>: the text of key <paramref name="one"/> for 1, of <paramref name="many"/> with <c>{count}</c> otherwise.</summary>
    public static string Count(int count, string one, string many, Labels labels) =>
        count == 1 ? labels[one] : labels.Format(many, ("count", count));

    /// <summary>A reference: a link when it is a web address, else text.</summary>
    public static string Reference(string reference) =>
        Uri.TryCreate(reference, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? "<a href=\"" + E(reference) + "\" rel=\"noopener noreferrer\">" + E(reference) + "</a>"
            : "<span>" + E(reference) + "</span>";

    /// <summary>A count with its noun, plural unless the count is one.</summary>
    public static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    /// <summary>A date as <c>yyyy-MM-dd</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The <c>lang</c> of the page: the report's language (<see cref="Provenance.Language"/>) when it is a well-formed
    /// language tag, else <c>en</c>. The one place that decides it, for the check report and the forecast page.
    /// </summary>
    public static string Lang(Provenance provenance)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        var language = provenance.Language;
        return IsLanguageTag(language) ? language : "en";
    }

    /// <summary>
    /// The file name of the document the report is about, without its folders: a report travels by mail and on paper,
    /// and must not print where it was written (a home folder, a server's upload path). Both separators count as
    /// separators, whatever the platform that wrote the path.
    /// </summary>
    public static string FileName(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var trimmed = path.TrimEnd('/', '\\');
        var name = trimmed[(trimmed.LastIndexOfAny(['/', '\\']) + 1)..];
        return name.Length == 0 ? path : name;
    }

    private static bool IsLanguageTag(string? language)
    {
        if (string.IsNullOrEmpty(language) || language.Length > 35)
        {
            return false;
        }

        var parts = language.Split('-');
        return parts[0].Length is >= 2 and <= 8 && parts[0].All(char.IsAsciiLetter)
            && parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }

    /// <summary>Escapes text for HTML content and attribute values (<see cref="HtmlEscaping"/>).</summary>
    public static string E(string text) => HtmlEscaping.Text(text);
}
