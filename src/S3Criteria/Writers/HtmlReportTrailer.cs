using System.Text;
using S3Criteria.Reports;
using static S3Criteria.Writers.HtmlText;

namespace S3Criteria.Writers;

/// <summary>The end of the HTML report: rule errors, unused waivers and the provenance that makes it an audit record.</summary>
internal static class HtmlReportTrailer
{
    /// <summary>Writes the rule errors and unused waivers, if any, and the provenance.</summary>
    public static void Write(StringBuilder html, ComplianceReport report)
    {
        if (report.Errors.Count > 0)
        {
            html.Append("<section class=\"criterion\" id=\"rule-errors\">\n<h2>Rule errors</h2>\n<p class=\"note\">These rules failed while running; their criteria may be judged on incomplete information.</p>\n")
                .Append("<table><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Subject</th><th scope=\"col\">Error</th></tr></thead><tbody>\n");
            foreach (var error in report.Errors)
            {
                html.Append("<tr><td><code>").Append(E(error.RuleId)).Append("</code></td><td>").Append(error.Subject is null ? string.Empty : E(SubjectText(error.Subject)))
                    .Append("</td><td>").Append(E(error.Message)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n</section>\n");
        }

        if (report.UnusedWaivers.Count > 0)
        {
            html.Append("<section class=\"criterion\" id=\"unused-waivers\">\n<h2>Unused waivers</h2>\n<p class=\"note\">These waivers match no finding; remove them from the waiver file?</p>\n")
                .Append("<table><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Subject</th><th scope=\"col\">Reason</th><th scope=\"col\">Expires</th><th scope=\"col\">Where</th></tr></thead><tbody>\n");
            foreach (var waiver in report.UnusedWaivers)
            {
                html.Append("<tr><td><code>").Append(E(waiver.RuleId)).Append("</code></td><td>").Append(E(waiver.SubjectId ?? "any")).Append("</td><td>").Append(E(waiver.Reason))
                    .Append("</td><td>").Append(Date(waiver.Expires)).Append("</td><td>").Append(E(waiver.Source?.ToString() ?? string.Empty)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n</section>\n");
        }

        var p = report.Provenance;
        html.Append("<section class=\"criterion\" id=\"provenance\">\n<h2>Provenance</h2>\n<table class=\"evidence\"><tbody>\n");
        Row(html, "Rule set", E(p.RuleSetId + " " + p.RuleSetVersion) + ", hash <code>" + E(p.RuleSetHash) + "</code>");
        Row(html, "Document", p.DocumentPath is null ? "(not from a file)" : "<code>" + E(FileName(p.DocumentPath)) + "</code>, hash <code>" + E(p.DocumentHash ?? string.Empty) + "</code>");
        Row(html, "Evaluation date", Date(p.EvaluationDate));
        Row(html, "Language", E(p.Language));
        Row(html, "Tool version", E(p.ToolVersion));
        Row(html, "Parameter overrides", p.ParameterOverrides.Count == 0 ? "none" : string.Join("<br>", p.ParameterOverrides.Select(o => "<code>" + E(o.Name) + "</code> = " + E(o.Value) + " (default " + E(o.DefaultValue) + ")")));
        Row(html, "Disabled rules", p.DisabledRules.Count == 0 ? "none" : string.Join("<br>", p.DisabledRules.Select(d => "<code>" + E(d.RuleId) + "</code>: " + E(d.Reason))));
        html.Append("</tbody></table>\n</section>\n");
    }

    private static void Row(StringBuilder html, string name, string valueHtml) =>
        html.Append("<tr><th scope=\"row\">").Append(E(name)).Append("</th><td>").Append(valueHtml).Append("</td></tr>\n");
}
