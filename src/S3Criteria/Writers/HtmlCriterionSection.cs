using System.Text;
using S3Criteria.Reports;
using S3Criteria.Rules;
using static S3Criteria.Writers.HtmlText;

namespace S3Criteria.Writers;

/// <summary>One criterion's section of the HTML report, with its findings grouped as the console groups them.</summary>
internal static class HtmlCriterionSection
{
    /// <summary>Writes a criterion's section: its verdict, its findings with advice, and the rules it passed.</summary>
    public static void Write(StringBuilder html, ComplianceReport report, CriterionResult criterion)
    {
        html.Append("<section class=\"criterion\" id=\"").Append(E(HtmlReportOverview.CriterionAnchor(criterion.CriterionId))).Append("\">\n<h2>")
            .Append(E(criterion.CriterionId)).Append(' ').Append(Badge(criterion.Verdict)).Append(E(ReportLabels.Improvements(criterion))).Append("<br>").Append(E(criterion.Title)).Append("</h2>\n")
            .Append("<p class=\"meta\">").Append(Count(criterion.RulesPassed, "rule")).Append(" passed, ").Append(Count(criterion.RulesFailed, "rule")).Append(" did not pass");
        if (criterion.DecidedBy.Count > 0)
        {
            html.Append("; the verdict follows from ").Append(E(string.Join(", ", criterion.DecidedBy)));
        }

        html.Append(".</p>\n");
        var findings = report.Findings.Where(f => f.CriterionId == criterion.CriterionId).ToList();
        if (findings.Count > 0)
        {
            html.Append("<h3>Findings and what to do</h3>\n");
        }

        foreach (var finding in findings)
        {
            WriteFinding(html, finding);
        }

        var passed = report.Rules.Where(r => r.CriterionId == criterion.CriterionId && r.Outcome is RuleOutcome.Passed or RuleOutcome.NotApplicable).ToList();
        if (passed.Count > 0)
        {
            html.Append("<h3>Rules passed or not applicable</h3>\n<ul class=\"rules\">\n");
            foreach (var rule in passed)
            {
                html.Append(rule.Outcome == RuleOutcome.Passed ? "<li><span class=\"ok\">\u2713 passed</span> " : "<li><span class=\"na\">\u2013 not applicable</span> ")
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

    private static void WriteFinding(StringBuilder html, Finding finding)
    {
        var severity = finding.Severity.ToString().ToLowerInvariant();
        html.Append("<article class=\"finding s-").Append(severity).Append(finding.IsWaived ? " waived" : string.Empty).Append("\">\n<p>");
        if (finding.IsWaived)
        {
            html.Append("<span class=\"sev sev-waived\">~ Waived</span> ");
        }

        if (finding.Status == FindingStatus.CannotAssess)
        {
            html.Append("<span class=\"sev sev-ca\">? Cannot assess</span> ");
        }

        var symbol = finding.Severity switch { Severity.Blocking => "\u2717 ", Severity.Advisory => "! ", _ => "i " };
        html.Append("<span class=\"sev sev-").Append(severity).Append("\">").Append(E(symbol + finding.Severity)).Append("</span> <code>")
            .Append(E(finding.RuleId)).Append("</code> ").Append(E(SubjectText(finding.Subject))).Append("</p>\n<p class=\"msg\">").Append(E(finding.Message)).Append("</p>\n");
        if (finding.Waiver is { } waiver)
        {
            html.Append("<p class=\"waiver\">").Append(finding.IsWaived
                ? "<strong>Waived</strong> until " + Date(waiver.Expires) + ": " + E(waiver.Reason)
                : "<strong>The waiver expired</strong> on " + Date(waiver.Expires) + " (" + E(waiver.Reason) + "); the finding counts again.");
            if (waiver.Owner is not null)
            {
                html.Append(" Owner: ").Append(E(waiver.Owner)).Append('.');
            }

            html.Append("</p>\n");
        }

        if (finding.MissingData.Count > 0)
        {
            html.Append("<p><strong>Missing data:</strong> ").Append(E(string.Join(", ", finding.MissingData))).Append("</p>\n");
        }

        if (finding.Recommendation is not null)
        {
            html.Append("<div class=\"todo\"><strong>What to do</strong><p>").Append(E(finding.Recommendation)).Append("</p></div>\n");
        }

        if (finding.Parameters.Count > 0)
        {
            html.Append("<p class=\"threshold\">").Append(E(ReportLabels.Thresholds(finding))).Append("</p>\n");
        }

        if (finding.Rationale is not null)
        {
            html.Append("<p class=\"why\"><strong>Why it matters:</strong> ").Append(E(finding.Rationale)).Append("</p>\n");
        }

        if (finding.Evidence.Count > 0)
        {
            html.Append("<table class=\"evidence\"><thead><tr><th scope=\"col\">Evidence</th><th scope=\"col\">Value</th></tr></thead><tbody>");
            foreach (var item in finding.Evidence)
            {
                html.Append("<tr><td>").Append(E(item.Name)).Append("</td><td>").Append(E(item.Value)).Append("</td></tr>");
            }

            html.Append("</tbody></table>\n");
        }

        if (finding.References.Count > 0)
        {
            html.Append("<p class=\"refs\"><strong>See:</strong> ").AppendJoin("; ", finding.References.Select(Reference)).Append("</p>\n");
        }

        html.Append("<p class=\"src\">Rule source: ").Append(E(finding.RuleSource.ToString())).Append("</p>\n</article>\n");
    }
}
