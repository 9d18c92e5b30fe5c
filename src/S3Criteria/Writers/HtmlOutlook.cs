using System.Text;
using S3Criteria.Forecasting;
using S3Criteria.Waivers;
using static S3Criteria.Writers.HtmlText;

namespace S3Criteria.Writers;

/// <summary>
/// The "outlook" of the check report: the forecast of the same strategy, with the same rule set, language and waivers,
/// from the report's evaluation date to <see cref="ComplianceForecastOptions.DefaultUntil"/>, as bands and the renewal
/// list. Computed from the writer's context alone, so the report stays pure.
/// </summary>
internal static class HtmlOutlook
{
    /// <summary>Writes the outlook section of a report.</summary>
    public static void Write(StringBuilder html, ReportWriterContext context, ReportEntry entry)
    {
        var report = entry.Report;
        var labels = context.Labels;
        var from = report.Provenance.EvaluationDate;
        var until = ComplianceForecastOptions.DefaultUntil;
        html.Append("<section id=\"outlook\" aria-labelledby=\"outlook-title\">\n<h2 id=\"outlook-title\">").Append(E(labels.Format("html.outlook", ("date", until)))).Append("</h2>\n");
        if (from > until)
        {
            html.Append("<p class=\"note\">").Append(E(labels.Format("html.outlook-none", ("date", until)))).Append("</p>\n</section>\n");
            return;
        }

        var forecast = Forecast(context, entry, from, until);
        html.Append("<p class=\"note\">").Append(E(labels.Format("html.outlook-note", ("timeline", ForecastText.Timeline(forecast.Condition, labels)), ("from", from), ("until", until))))
            .Append(" <code>s3criteria forecast</code> ").Append(E(labels["html.outlook-command"])).Append("</p>\n");
        HtmlForecastBand.Write(html, forecast, labels["html.outlook-band"], labels);
        html.Append("</section>\n");
        HtmlForecastWriter.WriteRenewals(html, forecast, HtmlReportContents.RenewalsId, labels);
    }

    private static ComplianceForecast Forecast(ReportWriterContext context, ReportEntry entry, DateOnly from, DateOnly until)
    {
        var report = entry.Report;
        // The report holds every waiver it was given: those that matched a finding, and the unused ones.
        var waivers = report.Findings.Select(f => f.Waiver).OfType<Waiver>().Concat(report.UnusedWaivers).Distinct()
            .OrderBy(w => w.Source?.FilePath, StringComparer.Ordinal).ThenBy(w => w.Source?.Line).ThenBy(w => w.Source?.Column);
        var forecaster = new ComplianceForecaster(context.RuleSet, new ComplianceForecastOptions
        {
            From = from,
            Until = until,
            Language = report.Provenance.Language,
            Waivers = new WaiverSet(waivers),
        });
        return entry.Document is { } document ? forecaster.Forecast(document) : forecaster.Forecast(entry.Strategy!);
    }
}
