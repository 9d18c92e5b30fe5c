using System.Globalization;
using S3Criteria.Forecasting;
using S3Criteria.Localization;
using S3Criteria.Model;
using S3Criteria.Reports;

namespace S3Criteria.Writers;

/// <summary>
/// The sentences every forecast format prints the same way (console, Markdown, HTML, the check report's outlook): a
/// timeline in words, a change's verdicts, and the value that causes a change. Plain text: each format escapes it.
/// </summary>
internal static class ForecastText
{
    /// <summary>A date as <c>yyyy-MM-dd</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// A timeline in words: <c>fulfilled throughout</c>, <c>fulfilled until 2027-06-30, then not fulfilled</c>, or with
    /// the intervals between (<c>..., not fulfilled 2027-07-01 to 2027-12-31, then fulfilled</c>).
    /// </summary>
    public static string Timeline(IReadOnlyList<VerdictInterval> intervals) => Timeline(intervals, Labels.English);

    /// <summary>A timeline in words, in the language of <paramref name="labels"/>.</summary>
    public static string Timeline(IReadOnlyList<VerdictInterval> intervals, Labels labels)
    {
        string V(int i) => ReportLabels.Verdict(intervals[i].Verdict, labels);
        if (intervals.Count == 1)
        {
            return labels.Format("forecast.throughout", ("verdict", V(0)));
        }

        var parts = new List<string> { labels.Format("forecast.until", ("verdict", V(0)), ("date", intervals[0].End)) };
        for (var i = 1; i < intervals.Count - 1; i++)
        {
            parts.Add(labels.Format("forecast.between", ("verdict", V(i)), ("start", intervals[i].Start), ("end", intervals[i].End)));
        }

        parts.Add(labels.Format("forecast.then-from", ("verdict", V(intervals.Count - 1)), ("date", intervals[^1].Start)));
        return string.Join(", ", parts);
    }

    /// <summary>A verdict change: <c>fulfilled → not fulfilled</c>.</summary>
    public static string Change(Verdict before, Verdict after) => Change(before, after, Labels.English);

    /// <summary>A verdict change in the language of <paramref name="labels"/>.</summary>
    public static string Change(Verdict before, Verdict after, Labels labels) => $"{ReportLabels.Verdict(before, labels)} \u2192 {ReportLabels.Verdict(after, labels)}";

    /// <summary>How a finding changes, in a word.</summary>
    public static string Kind(FindingChangeKind kind) => kind switch
    {
        FindingChangeKind.Appears => "new",
        FindingChangeKind.Disappears => "gone",
        _ => "waiver expired",
    };

    /// <summary>
    /// The value behind a change, in words: <c>partnership "INNOACE" (innoace) ends 2027-06-30</c>, <c>the analysis was
    /// last updated on 2024-09-30, +3 years (max-analysis-age-years = 3, a threshold of this rule set)</c>.
    /// </summary>
    public static string Cause(ChangeCause cause)
    {
        var text = cause.Kind switch
        {
            ChangeCauseKind.WaiverExpiry => $"the waiver of {cause.Waiver?.RuleId} for {(cause.Waiver?.SubjectId is { } subject ? subject : "every subject")} expires {Date(cause.Date)}",
            ChangeCauseKind.RuleDate => $"rule {string.Join(", ", cause.Rules)} names the date {Date(cause.Date)}",
            _ => DocumentValue(cause),
        };
        if (!cause.Offset.IsNone)
        {
            text += ", " + cause.Offset;
            if (cause.Parameters.Count > 0)
            {
                text += " (" + string.Join("; ", cause.Parameters.Select(p => $"{p.Name} = {p.Value}")) + ", a threshold of this rule set)";
            }
        }

        return text;
    }

    /// <summary>The causes of a change, joined, or a note that none could be told.</summary>
    public static string Causes(IReadOnlyList<ChangeCause> causes) =>
        causes.Count == 0 ? "no date of the document explains it" : string.Join("; ", causes.Select(Cause));

    /// <summary>What a finding is about, briefly, as the console and Markdown name it.</summary>
    public static string Subject(Subject subject) => ReportLabels.Subject(subject);

    private static string DocumentValue(ChangeCause cause)
    {
        var who = cause.Subject is { Kind: not SubjectKind.Strategy } subject
            ? $"{ReportLabels.Kind(subject.Kind)} \u201C{subject.Name}\u201D ({subject.Id})"
            : (cause.Path ?? string.Empty).Split('.')[0] switch
            {
                "analysis" => "the analysis",
                "monitoring" => "monitoring",
                "governance" => "governance",
                "needs" => "the needs",
                _ => "the strategy",
            };
        var date = Date(cause.Date);
        if (cause.Year is { } year)
        {
            return $"{who}: {cause.Field} {year.ToString(CultureInfo.InvariantCulture)}";
        }

        return cause.Field switch
        {
            "end" => $"{who} ends {date}",
            "start" => $"{who} starts {date}",
            "updated" => $"{who} was last updated on {date}",
            "last-report" => $"the last monitoring report is dated {date}",
            "adopted" => $"the strategy was adopted on {date}",
            "date" => $"{who} is dated {date}",
            _ => $"{who}: {cause.Field} {date}",
        };
    }
}
