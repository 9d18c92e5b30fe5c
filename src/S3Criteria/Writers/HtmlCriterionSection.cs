using System.Text;
using S3Criteria.Reports;
using S3Criteria.Rules;
using static S3Criteria.Writers.HtmlText;
using S3Criteria.Localization;

namespace S3Criteria.Writers;

/// <summary>One criterion's section of the HTML report, with its findings grouped as the console groups them.</summary>
internal static class HtmlCriterionSection
{
    /// <summary>Writes a criterion's section: its verdict, its findings with advice, and the rules it passed.</summary>
    public static void Write(StringBuilder html, ComplianceReport report, CriterionResult criterion, Labels labels)
    {
        html.Append("<section class=\"criterion\" id=\"").Append(E(HtmlReportOverview.CriterionAnchor(criterion.CriterionId))).Append("\">\n<h2>")
            .Append(E(criterion.CriterionId)).Append(' ').Append(Badge(criterion.Verdict, labels)).Append(E(ReportLabels.Improvements(criterion, labels))).Append("<br>").Append(E(criterion.Title)).Append("</h2>\n")
            .Append("<p class=\"meta\">").Append(E(labels.Format(
                "html.criterion-meta",
                ("passed", Count(criterion.RulesPassed, "html.one-rule", "html.rules", labels)),
                ("failed", Count(criterion.RulesFailed, "html.one-rule", "html.rules", labels)))));
        if (criterion.DecidedBy.Count > 0)
        {
            html.Append(E(labels.Format("html.decided-by", ("rules", string.Join(", ", criterion.DecidedBy)))));
        }

        html.Append(".</p>\n");
        var findings = report.Findings.Where(f => f.CriterionId == criterion.CriterionId).ToList();
        if (findings.Count > 0)
        {
            html.Append("<h3>").Append(E(labels["html.findings"])).Append("</h3>\n");
        }

        foreach (var finding in findings)
        {
            WriteFinding(html, finding, labels);
        }

        var passed = report.Rules.Where(r => r.CriterionId == criterion.CriterionId && r.Outcome is RuleOutcome.Passed or RuleOutcome.NotApplicable).ToList();
        if (passed.Count > 0)
        {
            html.Append("<h3>").Append(E(labels["html.rules-passed"])).Append("</h3>\n<ul class=\"rules\">\n");
            foreach (var rule in passed)
            {
                html.Append(rule.Outcome == RuleOutcome.Passed ? "<li><span class=\"ok\">\u2713 " + E(labels["html.passed"]) + "</span> " : "<li><span class=\"na\">\u2013 " + E(labels["verdict.not-applicable"]) + "</span> ")
                    .Append("<code>").Append(E(rule.RuleId)).Append("</code> ").Append(E(rule.Title));
                if (rule.Evidence.Count > 0)
                {
                    html.Append(" <span class=\"meta\">(").Append(E(string.Join("; ", rule.Evidence.Select(e => e.Name + ": " + e.Value)))).Append(")</span>");
                }

                html.Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }

    private static void WriteFinding(StringBuilder html, Finding finding, Labels labels)
    {
        var severity = finding.Severity.ToString().ToLowerInvariant();
        html.Append("<article class=\"finding s-").Append(severity).Append(finding.IsWaived ? " waived" : string.Empty).Append("\">\n<p>");
        if (finding.IsWaived)
        {
            html.Append("<span class=\"sev sev-waived\">~ ").Append(E(labels["html.waived"])).Append("</span> ");
        }

        if (finding.Status == FindingStatus.CannotAssess)
        {
            html.Append("<span class=\"sev sev-ca\">? ").Append(E(labels["verdict-title.cannot-assess"])).Append("</span> ");
        }

        var symbol = finding.Severity switch { Severity.Blocking => "\u2717 ", Severity.Advisory => "! ", _ => "i " };
        html.Append("<span class=\"sev sev-").Append(severity).Append("\">").Append(E(symbol + labels["severity-title." + severity])).Append("</span> <code>")
            .Append(E(finding.RuleId)).Append("</code> ").Append(E(SubjectText(finding.Subject, labels))).Append("</p>\n<p class=\"msg\">").Append(E(finding.Message)).Append("</p>\n");
        if (finding.Waiver is { } waiver)
        {
            html.Append("<p class=\"waiver\">").Append(finding.IsWaived
                ? "<strong>" + E(labels["html.waived"]) + "</strong> " + E(labels.Format("html.waived-until", ("date", waiver.Expires), ("reason", waiver.Reason)))
                : "<strong>" + E(labels["html.waiver-expired"]) + "</strong> " + E(labels.Format("html.waiver-expired-on", ("date", waiver.Expires), ("reason", waiver.Reason))));
            if (waiver.Owner is not null)
            {
                html.Append(' ').Append(E(labels.Format("html.owner", ("owner", waiver.Owner))));
            }

            html.Append("</p>\n");
        }

        if (finding.MissingData.Count > 0)
        {
            html.Append("<p><strong>").Append(E(labels["html.missing-data"])).Append("</strong> ").Append(E(string.Join(", ", finding.MissingData))).Append("</p>\n");
        }

        if (finding.Recommendation is not null)
        {
            html.Append("<div class=\"todo\"><strong>").Append(E(labels["report.what-to-do"])).Append("</strong><p>").Append(E(finding.Recommendation)).Append("</p></div>\n");
        }

        if (finding.Parameters.Count > 0)
        {
            html.Append("<p class=\"threshold\">").Append(E(ReportLabels.Thresholds(finding, labels))).Append("</p>\n");
        }

        if (finding.Rationale is not null)
        {
            html.Append("<p class=\"why\"><strong>").Append(E(labels["report.why-it-matters"])).Append(":</strong> ").Append(E(finding.Rationale)).Append("</p>\n");
        }

        if (finding.Evidence.Count > 0)
        {
            html.Append("<table class=\"evidence\"><thead><tr><th scope=\"col\">").Append(E(labels["html.evidence"])).Append("</th><th scope=\"col\">").Append(E(labels["html.value"])).Append("</th></tr></thead><tbody>");
            foreach (var item in finding.Evidence)
            {
                html.Append("<tr><td>").Append(E(item.Name)).Append("</td><td>").Append(E(item.Value)).Append("</td></tr>");
            }

            html.Append("</tbody></table>\n");
        }

        if (finding.References.Count > 0)
        {
            html.Append("<p class=\"refs\"><strong>").Append(E(labels["report.see"])).Append(":</strong> ").AppendJoin("; ", finding.References.Select(Reference)).Append("</p>\n");
        }

        html.Append("<p class=\"src\">").Append(E(labels.Format("html.rule-source", ("source", finding.RuleSource.ToString())))).Append("</p>\n</article>\n");
    }
}
