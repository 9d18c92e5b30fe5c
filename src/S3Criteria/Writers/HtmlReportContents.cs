using System.Text;
using S3Criteria.Forecasting;
using S3Criteria.Localization;
using S3Criteria.Reports;
using static S3Criteria.Writers.HtmlText;

namespace S3Criteria.Writers;

/// <summary>
/// The table of contents of the HTML report: a link to each part of the page, and to each criterion's section with its
/// verdict in words, in the order the page shows them. Every link points at an id the report writes.
/// </summary>
internal static class HtmlReportContents
{
    /// <summary>The id of the outlook's renewal list, which <see cref="HtmlOutlook"/> writes.</summary>
    public const string RenewalsId = "outlook-renewals";

    /// <summary>Writes the table of contents of <paramref name="report"/>, in the language of <paramref name="labels"/>.</summary>
    public static void Write(StringBuilder html, ComplianceReport report, Labels labels)
    {
        html.Append("<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">").Append(E(labels["html.contents"])).Append("</h2>\n<ol>\n");
        Item(html, "overview-criteria", labels["html.criteria"]);
        Item(html, "overview-matrix", labels["html.matrix"]);
        Item(html, "outlook-title", labels["html.contents.outlook"]);
        if (report.Provenance.EvaluationDate <= ComplianceForecastOptions.DefaultUntil)
        {
            Item(html, RenewalsId, labels["forecast.renewals"]);
        }

        foreach (var criterion in report.Criteria)
        {
            html.Append("<li><a href=\"#").Append(E(HtmlReportOverview.CriterionAnchor(criterion.CriterionId))).Append("\">").Append(E(criterion.CriterionId))
                .Append(' ').Append(E(criterion.Title)).Append("</a> <span class=\"toc-v\">").Append(E(HtmlReportOverview.VerdictLabel(criterion.Verdict, labels))).Append("</span></li>\n");
        }

        if (report.Errors.Count > 0)
        {
            Item(html, "rule-errors", labels["html.rule-errors"]);
        }

        if (report.UnusedWaivers.Count > 0)
        {
            Item(html, "unused-waivers", labels["html.unused-waivers"]);
        }

        Item(html, "provenance", labels["html.provenance"]);
        html.Append("</ol>\n</nav>\n");
    }

    private static void Item(StringBuilder html, string id, string text) =>
        html.Append("<li><a href=\"#").Append(E(id)).Append("\">").Append(E(text)).Append("</a></li>\n");
}
