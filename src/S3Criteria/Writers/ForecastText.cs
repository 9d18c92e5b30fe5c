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
    public static string Kind(FindingChangeKind kind) => Kind(kind, Labels.English);

    /// <summary>How a finding changes, in a word of <paramref name="labels"/>' language.</summary>
    public static string Kind(FindingChangeKind kind, Labels labels) => labels[kind switch
    {
        FindingChangeKind.Appears => "forecast.kind.new",
        FindingChangeKind.Disappears => "forecast.kind.gone",
        _ => "forecast.kind.waiver-expired",
    }];

    /// <summary>
    /// The value behind a change, in words: <c>partnership "INNOACE" (innoace) ends 2027-06-30</c>, <c>the analysis was
    /// last updated on 2024-09-30, +3 years (max-analysis-age-years = 3, a threshold of this rule set)</c>.
    /// </summary>
    public static string Cause(ChangeCause cause) => Cause(cause, Labels.English);

    /// <summary>The value behind a change, in words of <paramref name="labels"/>' language.</summary>
    public static string Cause(ChangeCause cause, Labels labels)
    {
        var text = cause.Kind switch
        {
            ChangeCauseKind.WaiverExpiry => labels.Format(
                "forecast.cause.waiver",
                ("rule", cause.Waiver?.RuleId),
                ("subject", cause.Waiver?.SubjectId is { } subject ? subject : labels["forecast.cause.every-subject"]),
                ("date", cause.Date)),
            ChangeCauseKind.RuleDate => labels.Format("forecast.cause.rule-date", ("rules", string.Join(", ", cause.Rules)), ("date", cause.Date)),
            _ => DocumentValue(cause, labels),
        };
        if (!cause.Offset.IsNone)
        {
            text += ", " + cause.Offset.ToString(labels);
            if (cause.Parameters.Count > 0)
            {
                text += " " + labels.Format("forecast.cause.threshold", ("values", string.Join("; ", cause.Parameters.Select(p => $"{p.Name} = {p.Value}"))));
            }
        }

        return text;
    }

    /// <summary>The causes of a change, joined with "; ".</summary>
    public static string Causes(IReadOnlyList<ChangeCause> causes) => Causes(causes, Labels.English);

    /// <summary>The causes of a change in <paramref name="labels"/>' language, joined with "; ".</summary>
    public static string Causes(IReadOnlyList<ChangeCause> causes, Labels labels) =>
        causes.Count == 0 ? labels["forecast.cause.none"] : string.Join("; ", causes.Select(c => Cause(c, labels)));

    /// <summary>What a finding is about, as the console names it.</summary>
    public static string Subject(Subject subject) => ReportLabels.Subject(subject);

    private static string DocumentValue(ChangeCause cause, Labels labels)
    {
        var who = cause.Subject is { Kind: not SubjectKind.Strategy } subject
            ? $"{ReportLabels.Kind(subject.Kind, labels)} \u201C{subject.Name}\u201D ({subject.Id})"
            : labels["forecast.who." + (cause.Path ?? string.Empty).Split('.')[0] switch
            {
                "analysis" => "analysis",
                "monitoring" => "monitoring",
                "governance" => "governance",
                "needs" => "needs",
                _ => "strategy",
            }];
        if (cause.Year is { } year)
        {
            return $"{who}: {cause.Field} {year.ToString(CultureInfo.InvariantCulture)}";
        }

        var key = cause.Field switch
        {
            "end" => "forecast.cause.ends",
            "start" => "forecast.cause.starts",
            "updated" => "forecast.cause.updated",
            "last-report" => "forecast.cause.last-report",
            "adopted" => "forecast.cause.adopted",
            "date" => "forecast.cause.dated",
            _ => null,
        };
        return key is null ? $"{who}: {cause.Field} {Date(cause.Date)}" : labels.Format(key, ("who", who), ("date", cause.Date));
    }
}
