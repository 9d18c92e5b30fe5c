using System.Globalization;
using System.Text;
using S3Criteria.Reports;
using S3Criteria.Rules;
using static S3Criteria.Writers.HtmlText;

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
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(E(Lang(provenance))).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Enabling condition 1.1: ").Append(E(report.StrategyTitle)).Append(" (").Append(E(report.RegionCode)).Append(")</title>\n")
            .Append("<style>\n").Append(HtmlReportStyle.Css).Append('\n').Append(HtmlForecastBand.Css).Append("\n</style>\n</head>\n<body>\n<main>\n<header>\n<h1>").Append(E(report.StrategyTitle)).Append("</h1>\n")
            .Append("<p class=\"meta\">Region ").Append(E(strategy.Region.Name)).Append(" (").Append(E(report.RegionCode)).Append(") \u00B7 rule set ")
            .Append(E(provenance.RuleSetId)).Append(' ').Append(E(provenance.RuleSetVersion)).Append(" \u00B7 evaluated ").Append(Date(provenance.EvaluationDate));
        if (provenance.DocumentPath is not null)
        {
            html.Append(" \u00B7 document <code>").Append(E(FileName(provenance.DocumentPath))).Append("</code>");
        }

        html.Append("</p>\n<p class=\"overall\">Enabling condition 1.1, good governance of the smart specialisation strategy: ")
            .Append(Badge(report.Verdict)).Append("</p>\n<p class=\"meta\">").Append(Summary(report)).Append("</p>\n</header>\n");
        HtmlReportContents.Write(html, report);
        html.Append("<section id=\"overview\" aria-label=\"Overview\">\n");
        HtmlReportOverview.WriteCriteria(html, report);
        HtmlReportOverview.WriteMatrix(html, strategy, provenance.EvaluationDate);
        html.Append("</section>\n");
        HtmlOutlook.Write(html, context, entry);

        foreach (var criterion in report.Criteria)
        {
            HtmlCriterionSection.Write(html, report, criterion);
        }

        HtmlReportTrailer.Write(html, report);
        html.Append("<p class=\"src\">Written by s3criteria ").Append(E(provenance.ToolVersion))
            .Append(". The findings are a check against the rule set, not the Commission's assessment.</p>\n</main>\n</body>\n</html>\n");
        writer.Write(html.ToString());
    }

    private static string Summary(ComplianceReport report)
    {
        var open = report.Findings.Where(f => !f.IsWaived).ToList();
        var waived = report.Findings.Count - open.Count;
        var bySeverity = string.Join(", ", new[] { Severity.Blocking, Severity.Advisory, Severity.Info }
            .Select(s => open.Count(f => f.Severity == s).ToString(CultureInfo.InvariantCulture) + " " + s.ToString().ToLowerInvariant()));
        return E(Count(open.Count, "open finding") + " (" + bySeverity + ")" + (waived > 0 ? ", " + Count(waived, "waived finding") : string.Empty)
            + "; " + report.Rules.Count(r => r.Outcome == RuleOutcome.Passed).ToString(CultureInfo.InvariantCulture) + " of " + Count(report.Rules.Count, "rule") + " passed"
            + (report.Errors.Count > 0 ? "; " + Count(report.Errors.Count, "rule error") : string.Empty) + ".");
    }
}
