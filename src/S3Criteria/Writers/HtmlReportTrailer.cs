using System.Text;
using S3Criteria.Reports;
using static S3Criteria.Writers.HtmlText;
using S3Criteria.Localization;

namespace S3Criteria.Writers;

/// <summary>The end of the HTML report: rule errors, unused waivers and the provenance that makes it an audit record.</summary>
internal static class HtmlReportTrailer
{
    /// <summary>Writes the rule errors and unused waivers, if any, and the provenance.</summary>
    public static void Write(StringBuilder html, ComplianceReport report, Labels labels)
    {
        string L(string key) => E(labels[key]);
        string Th(string key) => "<th scope=\"col\">" + L(key) + "</th>";
        if (report.Errors.Count > 0)
        {
            html.Append("<section class=\"criterion\" id=\"rule-errors\">\n<h2>").Append(L("html.rule-errors")).Append("</h2>\n<p class=\"note\">").Append(L("html.rule-errors-note")).Append("</p>\n")
                .Append("<table><thead><tr>").Append(Th("html.rule")).Append(Th("html.subject")).Append(Th("html.error")).Append("</tr></thead><tbody>\n");
            foreach (var error in report.Errors)
            {
                html.Append("<tr><td><code>").Append(E(error.RuleId)).Append("</code></td><td>").Append(error.Subject is null ? string.Empty : E(SubjectText(error.Subject, labels)))
                    .Append("</td><td>").Append(E(error.Message)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n</section>\n");
        }

        if (report.UnusedWaivers.Count > 0)
        {
            html.Append("<section class=\"criterion\" id=\"unused-waivers\">\n<h2>").Append(L("html.unused-waivers")).Append("</h2>\n<p class=\"note\">").Append(L("html.unused-waivers-note")).Append("</p>\n")
                .Append("<table><thead><tr>").Append(Th("html.rule")).Append(Th("html.subject")).Append(Th("html.reason")).Append(Th("html.expires")).Append(Th("html.where")).Append("</tr></thead><tbody>\n");
            foreach (var waiver in report.UnusedWaivers)
            {
                html.Append("<tr><td><code>").Append(E(waiver.RuleId)).Append("</code></td><td>").Append(E(waiver.SubjectId ?? labels["html.any"])).Append("</td><td>").Append(E(waiver.Reason))
                    .Append("</td><td>").Append(Date(waiver.Expires)).Append("</td><td>").Append(E(waiver.Source?.ToString() ?? string.Empty)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n</section>\n");
        }

        var p = report.Provenance;
        var hash = L("html.provenance.hash");
        var none = L("html.provenance.none");
        html.Append("<section class=\"criterion\" id=\"provenance\">\n<h2>").Append(L("html.provenance")).Append("</h2>\n<table class=\"evidence\"><tbody>\n");
        Row(html, labels["html.provenance.rule-set"], E(p.RuleSetId + " " + p.RuleSetVersion) + ", " + hash + " <code>" + E(p.RuleSetHash) + "</code>");
        Row(html, labels["html.provenance.document"], p.DocumentPath is null ? L("html.provenance.not-from-file") : "<code>" + E(FileName(p.DocumentPath)) + "</code>, " + hash + " <code>" + E(p.DocumentHash ?? string.Empty) + "</code>");
        Row(html, labels["html.provenance.evaluation-date"], Date(p.EvaluationDate));
        Row(html, labels["html.provenance.language"], E(p.Language));
        if (p.FallbackTexts.Count > 0)
        {
            Row(html, labels["html.provenance.fallbacks"], E(string.Join(", ", p.FallbackTexts)));
        }

        Row(html, labels["html.provenance.tool-version"], E(p.ToolVersion));
        Row(html, labels["html.provenance.overrides"], p.ParameterOverrides.Count == 0 ? none : string.Join("<br>", p.ParameterOverrides.Select(o => "<code>" + E(o.Name) + "</code> = " + E(o.Value) + " (" + L("html.provenance.default") + " " + E(o.DefaultValue) + ")")));
        Row(html, labels["html.provenance.disabled"], p.DisabledRules.Count == 0 ? none : string.Join("<br>", p.DisabledRules.Select(d => "<code>" + E(d.RuleId) + "</code>: " + E(d.Reason))));
        html.Append("</tbody></table>\n</section>\n");
    }

    private static void Row(StringBuilder html, string name, string valueHtml) =>
        html.Append("<tr><th scope=\"row\">").Append(E(name)).Append("</th><td>").Append(valueHtml).Append("</td></tr>\n");
}
