using System.Text;
using S3Criteria.Forecasting;
using static S3Criteria.Writers.HtmlText;

namespace S3Criteria.Writers;

/// <summary>
/// The <c>html</c> format of forecasts: one self-contained page per strategy, as the check report is (inline CSS, no
/// script, nothing loaded from elsewhere), with the bands of the condition and the criteria over the period, the
/// timeline in words, every change with its causes, and the renewal list. Readable when printed.
/// </summary>
internal sealed class HtmlForecastWriter : ForecastWriter
{
    public override string Format => "html";

    public override string FileExtension => "html";

    public override ReportWriterScope Scope => ReportWriterScope.Document;

    public override void Write(ForecastWriterContext context, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var forecast = SingleForecast(context);
        var provenance = forecast.Provenance;
        var html = new StringBuilder(32 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(E(Lang(provenance))).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Forecast of enabling condition 1.1: ").Append(E(forecast.StrategyTitle)).Append(" (").Append(E(forecast.RegionCode)).Append(")</title>\n")
            .Append("<style>\n").Append(HtmlReportStyle.Css).Append('\n').Append(HtmlForecastBand.Css).Append("\n</style>\n</head>\n<body>\n<main>\n<header>\n<h1>")
            .Append(E(forecast.StrategyTitle)).Append("</h1>\n<p class=\"meta\">Forecast from ").Append(Date(forecast.From)).Append(" to ").Append(Date(forecast.Until))
            .Append(" \u00B7 region ").Append(E(forecast.RegionCode)).Append(" \u00B7 rule set ").Append(E(provenance.RuleSetId)).Append(' ').Append(E(provenance.RuleSetVersion))
            .Append(" \u00B7 evaluated on ").Append(Count(forecast.EvaluatedDates.Count, "change point"));
        if (provenance.DocumentPath is not null)
        {
            html.Append(" \u00B7 document <code>").Append(E(FileName(provenance.DocumentPath))).Append("</code>");
        }

        html.Append("</p>\n<p class=\"overall\">Enabling condition 1.1: ").Append(E(ForecastText.Timeline(forecast.Condition))).Append("</p>\n")
            .Append("<p class=\"meta\">As the document stands: nothing renewed, nothing added. Article 15(6) of Regulation (EU) 2021/1060 asks that the condition remain fulfilled throughout the programming period.</p>\n</header>\n")
            .Append("<section id=\"timeline\" aria-labelledby=\"timeline-title\">\n<h2 id=\"timeline-title\">Over the period</h2>\n");
        HtmlForecastBand.Write(html, forecast, $"Each band runs from {Date(forecast.From)} to {Date(forecast.Until)}.");
        html.Append("<div class=\"scroll\" role=\"region\" aria-label=\"Each criterion over the period, in words\" tabindex=\"0\"><table class=\"matrix\">\n<thead><tr><th scope=\"col\">Criterion</th><th scope=\"col\">Over the period</th></tr></thead>\n<tbody>\n");
        foreach (var criterion in forecast.Criteria)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(criterion.CriterionId)).Append(' ').Append(E(criterion.Title)).Append("</th><td style=\"text-align:left;white-space:normal\">")
                .Append(E(ForecastText.Timeline(criterion.Intervals))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n</section>\n");
        WriteRenewals(html, forecast, "renewals");
        WriteChanges(html, forecast);
        html.Append("<p class=\"src\">Written by s3criteria ").Append(E(provenance.ToolVersion))
            .Append(". The forecast is a check against the rule set on each day a result can change, not the Commission's assessment.</p>\n</main>\n</body>\n</html>\n");
        writer.Write(html.ToString());
    }

    /// <summary>Writes the renewal list: what to do before each lapse, by date.</summary>
    public static void WriteRenewals(StringBuilder html, ComplianceForecast forecast, string id)
    {
        html.Append("<section class=\"criterion\" id=\"").Append(E(id)).Append("\">\n<h2>To renew before the condition lapses</h2>\n");
        if (forecast.Renewals.Count == 0)
        {
            html.Append("<p class=\"note\">").Append(forecast.IsFulfilledThroughout
                ? "Nothing to renew: the condition stays fulfilled over the period."
                : "Nothing lapses in the period; what is not met now is in the check report.").Append("</p>\n</section>\n");
            return;
        }

        html.Append("<div class=\"scroll\" role=\"region\" aria-label=\"Renewals\" tabindex=\"0\"><table class=\"renewals\">\n<thead><tr><th scope=\"col\">Renew by</th><th scope=\"col\">Criterion</th><th scope=\"col\">What to do</th><th scope=\"col\">Because</th></tr></thead>\n<tbody>\n");
        foreach (var renewal in forecast.Renewals)
        {
            var finding = renewal.Finding;
            html.Append("<tr><td>").Append(Date(renewal.RenewBy)).Append("</td><td>").Append(E(renewal.CriterionId)).Append("<br><code>").Append(E(finding.RuleId))
                .Append("</code></td><td>").Append(E(finding.Recommendation ?? finding.Message));
            if (finding.Parameters.Count > 0)
            {
                html.Append("<br><span class=\"why\">").Append(E(ReportLabels.Thresholds(finding))).Append("</span>");
            }

            html.Append("</td><td>").Append(E(SubjectText(finding.Subject))).Append(": ").Append(E(ForecastText.Causes(renewal.Causes))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void WriteChanges(StringBuilder html, ComplianceForecast forecast)
    {
        html.Append("<section class=\"criterion\" id=\"changes\">\n<h2>Changes</h2>\n");
        if (forecast.Changes.Count == 0)
        {
            html.Append("<p class=\"note\">No result changes in the period.</p>\n</section>\n");
            return;
        }

        html.Append("<ol class=\"fc-changes\">\n");
        foreach (var change in forecast.Changes)
        {
            var verdicts = change.Criteria.Select(c => $"{c.CriterionId} {ForecastText.Change(c.Before, c.After)}").ToList();
            if (change.ConditionBefore != change.ConditionAfter)
            {
                verdicts.Add($"condition {ForecastText.Change(change.ConditionBefore, change.ConditionAfter)}");
            }

            html.Append("<li><span class=\"fc-date\">").Append(Date(change.Date)).Append("</span> ")
                .Append(E(verdicts.Count == 0 ? "findings change, no verdict does" : string.Join("; ", verdicts)))
                .Append("<br><span class=\"why\">Because ").Append(E(ForecastText.Causes(change.Causes))).Append(".</span>\n<ul>\n");
            foreach (var finding in change.Findings)
            {
                html.Append("<li><span class=\"sev sev-").Append(finding.Kind == FindingChangeKind.Disappears ? "waived" : ReportLabels.Severity(finding.Finding.Severity)).Append("\">")
                    .Append(E(ForecastText.Kind(finding.Kind))).Append("</span> <code>").Append(E(finding.Finding.RuleId)).Append("</code> ")
                    .Append(E(SubjectText(finding.Finding.Subject))).Append(": ").Append(E(finding.Finding.Message)).Append("</li>\n");
            }

            html.Append("</ul></li>\n");
        }

        html.Append("</ol>\n</section>\n");
    }
}
