using System.Text;
using S3Criteria.Reports;
using S3Criteria.Rules;
using static S3Criteria.Writers.HtmlText;
using S3Criteria.Localization;

namespace S3Criteria.Writers;

/// <summary>
/// The <c>html</c> format: a report for a policy officer as one self-contained HTML file: inline CSS, no script,
/// nothing loaded from elsewhere (a Content-Security-Policy forbids it). The overview picture comes first, then each
/// criterion with its findings and advice, grouped as the console groups them. Needs the report's strategy, for the
/// matrix of priority areas and cooperation instruments. The same report always gives the same bytes. Printed, it is an
/// A4 document with a table of contents; the page's language is the report's, and it names the document by its file
/// name only, never by the folders it was read from.
/// </summary>
internal sealed class HtmlReportWriter : ReportWriter
{
    public override string Format => "html";

    public override string FileExtension => "html";

    public override ReportWriterScope Scope => ReportWriterScope.Document;

    public override void Write(ReportWriterContext context, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var entry = SingleReport(context);
        var report = entry.Report;
        var strategy = entry.Strategy ?? throw new ArgumentException($"The html format needs the strategy of {report.StrategyId}: make the report's entry with its document or strategy.", nameof(context));
        var html = new StringBuilder(64 * 1024);
        var provenance = report.Provenance;
        var labels = context.Labels;
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(E(context.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(labels.Format("html.title", ("title", report.StrategyTitle), ("region", report.RegionCode)))).Append("</title>\n")
            .Append("<style>\n").Append(HtmlReportStyle.Css).Append('\n').Append(HtmlForecastBand.Css).Append("\n</style>\n</head>\n<body>\n<main>\n<header>\n<h1>").Append(E(report.StrategyTitle)).Append("</h1>\n")
            .Append("<p class=\"meta\">").Append(E(labels.Format("html.region", ("name", strategy.Region.Name), ("code", report.RegionCode)))).Append(" \u00B7 ")
            .Append(E(labels.Format("html.rule-set", ("id", provenance.RuleSetId), ("version", provenance.RuleSetVersion)))).Append(" \u00B7 ").Append(E(labels.Format("html.evaluated", ("date", provenance.EvaluationDate))));
        if (provenance.DocumentPath is not null)
        {
            html.Append(" \u00B7 ").Append(E(labels["html.document"])).Append(" <code>").Append(E(FileName(provenance.DocumentPath))).Append("</code>");
        }

        html.Append("</p>\n<p class=\"overall\">").Append(E(labels["html.overall"])).Append(' ')
            .Append(Badge(report.Verdict, labels)).Append("</p>\n<p class=\"meta\">").Append(Summary(report, labels)).Append("</p>\n</header>\n");
        HtmlReportContents.Write(html, report, labels);
        html.Append("<section id=\"overview\" aria-label=\"").Append(E(labels["html.overview"])).Append("\">\n");
        HtmlReportOverview.WriteCriteria(html, report, labels);
        HtmlReportOverview.WriteMatrix(html, strategy, provenance.EvaluationDate, labels);
        html.Append("</section>\n");
        HtmlOutlook.Write(html, context, entry);

        foreach (var criterion in report.Criteria)
        {
            HtmlCriterionSection.Write(html, report, criterion, labels);
        }

        HtmlReportTrailer.Write(html, report, labels);
        html.Append("<p class=\"src\">").Append(E(labels.Format("html.footer", ("version", provenance.ToolVersion)))).Append("</p>\n</main>\n</body>\n</html>\n");
        writer.Write(html.ToString());
    }

    private static string Summary(ComplianceReport report, Labels labels)
    {
        var open = report.Findings.Where(f => !f.IsWaived).ToList();
        var waived = report.Findings.Count - open.Count;
        var bySeverity = string.Join(", ", new[] { Severity.Blocking, Severity.Advisory, Severity.Info }
            .Select(s => labels.Format("html.severity-count", ("count", open.Count(f => f.Severity == s)), ("severity", ReportLabels.Severity(s, labels)))));
        return E(labels.Format(
            "html.summary",
            ("open", Count(open.Count, "html.one-open-finding", "html.open-findings", labels)),
            ("severities", bySeverity),
            ("waived", waived > 0 ? ", " + Count(waived, "html.one-waived-finding", "html.waived-findings", labels) : string.Empty),
            ("passed", report.Rules.Count(r => r.Outcome == RuleOutcome.Passed)),
            ("rules", Count(report.Rules.Count, "html.one-rule", "html.rules", labels)),
            ("errors", report.Errors.Count > 0 ? "; " + Count(report.Errors.Count, "html.one-rule-error", "html.rule-errors-count", labels) : string.Empty)));
    }
}
