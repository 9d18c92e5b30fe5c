using System.Text;
using S3Criteria.Forecasting;
using static S3Criteria.Writers.HtmlText;
using S3Criteria.Localization;

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
        var labels = Labels.For(provenance.Language);
        var html = new StringBuilder(32 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(E(labels.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(labels.Format("forecast.html.title", ("title", forecast.StrategyTitle), ("region", forecast.RegionCode)))).Append("</title>\n")
            .Append("<style>\n").Append(HtmlReportStyle.Css).Append('\n').Append(HtmlForecastBand.Css).Append("\n</style>\n</head>\n<body>\n<main>\n<header>\n<h1>")
            .Append(E(forecast.StrategyTitle)).Append("</h1>\n<p class=\"meta\">").Append(E(labels.Format("forecast.html.period", ("from", forecast.From), ("until", forecast.Until))))
            .Append(" \u00B7 ").Append(E(labels.Format("forecast.html.region", ("code", forecast.RegionCode)))).Append(" \u00B7 ").Append(E(labels.Format("html.rule-set", ("id", provenance.RuleSetId), ("version", provenance.RuleSetVersion))))
            .Append(" \u00B7 ").Append(E(labels.Format("forecast.html.evaluated-on", ("points", Count(forecast.EvaluatedDates.Count, "forecast.one-change-point", "forecast.change-points", labels)))));
        if (provenance.DocumentPath is not null)
        {
            html.Append(" \u00B7 ").Append(E(labels["html.document"])).Append(" <code>").Append(E(FileName(provenance.DocumentPath))).Append("</code>");
        }

        html.Append("</p>\n<p class=\"overall\">").Append(E(labels["report.condition"])).Append(": ").Append(E(ForecastText.Timeline(forecast.Condition, labels))).Append("</p>\n")
            .Append("<p class=\"meta\">").Append(E(labels["forecast.html.as-it-stands"])).Append("</p>\n</header>\n")
            .Append("<section id=\"timeline\" aria-labelledby=\"timeline-title\">\n<h2 id=\"timeline-title\">").Append(E(labels["forecast.over-the-period"])).Append("</h2>\n");
        HtmlForecastBand.Write(html, forecast, labels.Format("forecast.band-caption", ("from", forecast.From), ("until", forecast.Until)), labels);
        html.Append("<div class=\"scroll\" role=\"region\" aria-label=\"").Append(E(labels["forecast.html.criteria-region"])).Append("\" tabindex=\"0\"><table class=\"matrix\">\n<thead><tr><th scope=\"col\">").Append(E(labels["forecast.criterion"])).Append("</th><th scope=\"col\">").Append(E(labels["forecast.over-the-period"])).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var criterion in forecast.Criteria)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(criterion.CriterionId)).Append(' ').Append(E(criterion.Title)).Append("</th><td style=\"text-align:left;white-space:normal\">")
                .Append(E(ForecastText.Timeline(criterion.Intervals, labels))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n</section>\n");
        WriteRenewals(html, forecast, "renewals", labels);
        WriteChanges(html, forecast, labels);
        html.Append("<p class=\"src\">").Append(E(labels.Format("forecast.html.footer", ("version", provenance.ToolVersion)))).Append("</p>\n</main>\n</body>\n</html>\n");
        writer.Write(html.ToString());
    }

    private static readonly string[] RenewalColumns = ["forecast.renew-by", "forecast.criterion", "report.what-to-do", "forecast.because"];

    /// <summary>Writes the renewal list: what to do before each lapse, by date.</summary>
    public static void WriteRenewals(StringBuilder html, ComplianceForecast forecast, string id, Labels labels)
    {
        html.Append("<section class=\"criterion\" id=\"").Append(E(id)).Append("\">\n<h2>").Append(E(labels["forecast.renewals"])).Append("</h2>\n");
        if (forecast.Renewals.Count == 0)
        {
            html.Append("<p class=\"note\">").Append(E(labels[forecast.IsFulfilledThroughout ? "forecast.nothing-to-renew" : "forecast.nothing-lapses"])).Append("</p>\n</section>\n");
            return;
        }

        html.Append("<div class=\"scroll\" role=\"region\" aria-label=\"" + E(labels["forecast.renewals-region"]) + "\" tabindex=\"0\"><table class=\"renewals\">\n<thead><tr>" + string.Concat(RenewalColumns.Select(k => "<th scope=\"col\">" + E(labels[k]) + "</th>")) + "</tr></thead>\n<tbody>\n");
        foreach (var renewal in forecast.Renewals)
        {
            var finding = renewal.Finding;
            html.Append("<tr><td>").Append(Date(renewal.RenewBy)).Append("</td><td>").Append(E(renewal.CriterionId)).Append("<br><code>").Append(E(finding.RuleId))
                .Append("</code></td><td>").Append(E(finding.Recommendation ?? finding.Message));
            if (finding.Parameters.Count > 0)
            {
                html.Append("<br><span class=\"why\">").Append(E(ReportLabels.Thresholds(finding, labels))).Append("</span>");
            }

            html.Append("</td><td>").Append(E(SubjectText(finding.Subject, labels))).Append(": ").Append(E(ForecastText.Causes(renewal.Causes, labels))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void WriteChanges(StringBuilder html, ComplianceForecast forecast, Labels labels)
    {
        html.Append("<section class=\"criterion\" id=\"changes\">\n<h2>").Append(E(labels["forecast.changes"])).Append("</h2>\n");
        if (forecast.Changes.Count == 0)
        {
            html.Append("<p class=\"note\">").Append(E(labels["forecast.no-changes"])).Append("</p>\n</section>\n");
            return;
        }

        html.Append("<ol class=\"fc-changes\">\n");
        foreach (var change in forecast.Changes)
        {
            var verdicts = change.Criteria.Select(c => $"{c.CriterionId} {ForecastText.Change(c.Before, c.After, labels)}").ToList();
            if (change.ConditionBefore != change.ConditionAfter)
            {
                verdicts.Add(labels.Format("forecast.condition-change", ("change", ForecastText.Change(change.ConditionBefore, change.ConditionAfter, labels))));
            }

            html.Append("<li><span class=\"fc-date\">").Append(Date(change.Date)).Append("</span> ")
                .Append(E(verdicts.Count == 0 ? labels["forecast.findings-change"] : string.Join("; ", verdicts)))
                .Append("<br><span class=\"why\">").Append(E(labels.Format("forecast.because-sentence", ("causes", ForecastText.Causes(change.Causes, labels))))).Append("</span>\n<ul>\n");
            foreach (var finding in change.Findings)
            {
                html.Append("<li><span class=\"sev sev-").Append(finding.Kind == FindingChangeKind.Disappears ? "waived" : ReportLabels.Severity(finding.Finding.Severity)).Append("\">")
                    .Append(E(ForecastText.Kind(finding.Kind, labels))).Append("</span> <code>").Append(E(finding.Finding.RuleId)).Append("</code> ")
                    .Append(E(SubjectText(finding.Finding.Subject, labels))).Append(": ").Append(E(finding.Finding.Message)).Append("</li>\n");
            }

            html.Append("</ul></li>\n");
        }

        html.Append("</ol>\n</section>\n");
    }
}
