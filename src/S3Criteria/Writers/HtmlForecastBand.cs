using System.Globalization;
using System.Text;
using S3Criteria.Forecasting;
using S3Criteria.Reports;
using static S3Criteria.Writers.HtmlText;
using S3Criteria.Localization;

namespace S3Criteria.Writers;

/// <summary>
/// The picture of a forecast: one horizontal band for the condition and one per criterion over the period, each
/// interval coloured by its verdict and marked with the verdict's symbol (so that it reads in black and white), a
/// marker at each change, and the years on an axis. Plain HTML and CSS, no script; used by the forecast report and by
/// the check report's outlook.
/// </summary>
internal static class HtmlForecastBand
{
    /// <summary>The CSS of the bands, the change list and the renewal table, added to the report's style sheet.</summary>
    public const string Css = """
        .fc{margin:.6rem 0 1rem}
        .fc-row{display:grid;grid-template-columns:7.5rem minmax(0,1fr);align-items:center;gap:8px;margin:3px 0}
        .fc-id{font-size:.82rem;font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
        .fc-band{position:relative;height:22px;border:1px solid var(--line);border-radius:3px;background:#f6f8fa;overflow:hidden}
        .fc-seg{position:absolute;top:0;bottom:0;color:#fff;font-size:.72rem;font-weight:700;line-height:20px;text-align:center;overflow:hidden;white-space:nowrap}
        .fc-mark{position:absolute;top:-2px;bottom:-2px;width:0;border-left:2px solid var(--ink)}
        .fc-mark.minor{border-left:1px dashed var(--muted)}
        .fc-axis{position:relative;height:1.1rem;font-size:.72rem;color:var(--muted)}
        .fc-tick{position:absolute;top:0;padding-left:3px;border-left:1px solid var(--line);white-space:nowrap}
        .fc-changes{padding-left:1.2rem}.fc-changes li{margin:.5rem 0}.fc-changes ul{margin:.2rem 0;padding-left:1rem;font-size:.9rem}
        .fc-date{font-weight:700;font-variant-numeric:tabular-nums}
        .renewals{width:100%;font-size:.9rem}.renewals td:first-child{white-space:nowrap;font-weight:600}
        """;

    /// <summary>Writes the bands of a forecast, the condition first, inside a figure described by <paramref name="caption"/>.</summary>
    public static void Write(StringBuilder html, ComplianceForecast forecast, string caption, Labels labels)
    {
        var total = forecast.Until.DayNumber - forecast.From.DayNumber + 1;
        html.Append("<figure class=\"fc\">\n<div class=\"fc-row\"><span></span><div class=\"fc-axis\" aria-hidden=\"true\">");
        for (var year = forecast.From.Year + 1; year <= forecast.Until.Year; year++)
        {
            html.Append("<span class=\"fc-tick\" style=\"left:").Append(Percent(new DateOnly(year, 1, 1).DayNumber - forecast.From.DayNumber, total))
                .Append("%\">").Append(year.ToString(CultureInfo.InvariantCulture)).Append("</span>");
        }

        html.Append("</div></div>\n");
        var conditionChanges = forecast.Changes.Where(c => c.ConditionBefore != c.ConditionAfter).Select(c => c.Date).ToHashSet();
        Row(html, forecast, total, labels["forecast.band.condition"], labels["report.condition"], forecast.Condition, labels, d => conditionChanges.Contains(d) ? 1 : forecast.Changes.Any(c => c.Date == d) ? 2 : 0);
        foreach (var criterion in forecast.Criteria)
        {
            var own = forecast.Changes.Where(c => c.Criteria.Any(v => v.CriterionId == criterion.CriterionId)).Select(c => c.Date).ToHashSet();
            var findings = forecast.Changes.Where(c => c.Findings.Any(f => f.Finding.CriterionId == criterion.CriterionId)).Select(c => c.Date).ToHashSet();
            Row(html, forecast, total, criterion.CriterionId, criterion.CriterionId + " " + criterion.Title, criterion.Intervals, labels, d => own.Contains(d) ? 1 : findings.Contains(d) ? 2 : 0);
        }

        html.Append("<figcaption class=\"legend\">").Append(E(caption)).Append(' ')
            .Append("<span class=\"key v-ok\" style=\"color:#fff\">\u2713 ").Append(E(labels["verdict.fulfilled"])).Append("</span> <span class=\"key v-no\" style=\"color:#fff\">\u2717 ").Append(E(labels["verdict.not-fulfilled"])).Append("</span> ")
            .Append("<span class=\"key v-ca\" style=\"color:#fff\">? ").Append(E(labels["verdict.cannot-assess"])).Append("</span> <span class=\"key v-na\" style=\"color:#fff\">\u2013 ").Append(E(labels["verdict.not-applicable"])).Append("</span>; ")
            .Append(E(labels["forecast.band.legend"])).Append("</figcaption>\n</figure>\n");
    }

    /// <summary>The symbol of a verdict, which survives printing in black and white.</summary>
    private static string Symbol(Verdict verdict) => HtmlReportOverview.VerdictLabel(verdict)[..1];

    /// <summary>Writes one band. <paramref name="marker"/> says, for a change date, 1 (verdict change), 2 (findings only) or 0 (none).</summary>
    private static void Row(StringBuilder html, ComplianceForecast forecast, int total, string label, string title, IReadOnlyList<VerdictInterval> intervals, Labels labels, Func<DateOnly, int> marker)
    {
        var description = title + ": " + ForecastText.Timeline(intervals, labels);
        html.Append("<div class=\"fc-row\"><span class=\"fc-id\" title=\"").Append(E(title)).Append("\">").Append(E(label))
            .Append("</span><div class=\"fc-band\" role=\"img\" aria-label=\"").Append(E(description)).Append("\">");
        foreach (var interval in intervals)
        {
            var width = interval.Days * 100.0 / total;
            html.Append("<span class=\"fc-seg ").Append(HtmlReportOverview.VerdictClass(interval.Verdict)).Append("\" style=\"left:")
                .Append(Percent(interval.Start.DayNumber - forecast.From.DayNumber, total)).Append("%;width:")
                .Append(width.ToString("0.###", CultureInfo.InvariantCulture)).Append("%\" title=\"")
                .Append(E(labels.Format("forecast.between", ("verdict", ReportLabels.Verdict(interval.Verdict, labels)), ("start", interval.Start), ("end", interval.End))))
                .Append("\">").Append(width >= 3 ? E(Symbol(interval.Verdict)) : string.Empty).Append("</span>");
        }

        foreach (var change in forecast.Changes)
        {
            var kind = marker(change.Date);
            if (kind == 0)
            {
                continue;
            }

            html.Append("<span class=\"fc-mark").Append(kind == 2 ? " minor" : string.Empty).Append("\" style=\"left:")
                .Append(Percent(change.Date.DayNumber - forecast.From.DayNumber, total)).Append("%\" title=\"")
                .Append(E(ForecastText.Date(change.Date) + ": " + ForecastText.Causes(change.Causes, labels))).Append("\"></span>");
        }

        html.Append("</div></div>\n");
    }

    private static string Percent(int days, int total) => (days * 100.0 / total).ToString("0.###", CultureInfo.InvariantCulture);
}
