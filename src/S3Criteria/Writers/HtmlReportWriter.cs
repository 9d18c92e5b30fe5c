using System.Globalization;
using System.Net;
using System.Text;
using S3Criteria.Model;
using S3Criteria.Reports;
using S3Criteria.Rules;

namespace S3Criteria.Writers;

/// <summary>
/// Writes a report for a policy officer as one self-contained HTML file: inline CSS, no script, nothing
/// loaded from elsewhere (a Content-Security-Policy forbids it). The overview picture comes first, then each
/// criterion with its findings and advice, grouped as <see cref="ConsoleReportWriter"/> groups them.
/// The same report always gives the same bytes.
/// </summary>
internal static class HtmlReportWriter
{
    private const string Css = """
        :root{--ok:#1a7f37;--part:#9a5700;--no:#b3261e;--na:#5f6368;--ca:#6f3fa0;--info:#0b63c4;--ink:#1f2328;--muted:#57606a;--line:#d0d7de}
        *{box-sizing:border-box}
        body{margin:0;background:#eef1f4;color:var(--ink);font:15px/1.5 "Segoe UI",system-ui,-apple-system,"Liberation Sans","DejaVu Sans",Arial,sans-serif}
        main{max-width:1140px;margin:0 auto;padding:24px 32px 40px;background:#fff}
        h1{font-size:1.55rem;line-height:1.25;margin:0 0 .3rem}
        h2{font-size:1.2rem;margin:1.6rem 0 .6rem}
        h3{font-size:1rem;margin:1rem 0 .4rem}
        a{color:#0b57a4}
        code{font:.85em "DejaVu Sans Mono",Consolas,monospace;overflow-wrap:anywhere}
        .meta,.note,.legend,.src{color:var(--muted);font-size:.88rem;margin:.2rem 0}
        .overall{font-size:1.1rem;margin:.8rem 0 0}
        .badge{display:inline-block;padding:.1em .65em;border-radius:999px;color:#fff;font-weight:600;white-space:nowrap}
        .v-ok{background:var(--ok)}.v-part{background:var(--part)}.v-no{background:var(--no)}.v-na{background:var(--na)}.v-ca{background:var(--ca)}
        .tiles{display:grid;grid-template-columns:repeat(7,minmax(0,1fr));gap:8px;list-style:none;margin:0;padding:0}
        .tile a{display:flex;flex-direction:column;gap:2px;height:100%;padding:10px;border-radius:8px;color:#fff;text-decoration:none}
        .tid{font-weight:700}.tv{font-weight:600}.tt{font-size:.74rem;line-height:1.3;opacity:.95}.tn{font-size:.78rem;margin-top:auto;padding-top:4px}
        .scroll{overflow-x:auto}
        table{border-collapse:collapse}
        th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
        thead th{background:#f6f8fa;font-size:.85rem}
        .matrix{width:100%}.matrix td{text-align:center;white-space:nowrap}
        .c-active{background:#d6f0dd}.c-planned{background:#fdebc8}.c-lapsed{background:#e4e7eb}
        .empty{color:#8c959f;background:repeating-linear-gradient(135deg,#fff 0 5px,#f1f3f5 5px 10px)}
        tr.unlinked th{font-style:italic;font-weight:normal}
        .key{display:inline-block;padding:0 .5em;border:1px solid var(--line);border-radius:3px;color:var(--ink)}
        .criterion{border-top:2px solid var(--line);margin-top:1.6rem}
        .criterion h2 .badge{font-size:.8rem;vertical-align:middle}
        .finding{border:1px solid var(--line);border-left:6px solid var(--info);border-radius:6px;padding:8px 14px;margin:10px 0}
        .finding.s-blocking{border-left-color:var(--no)}.finding.s-advisory{border-left-color:var(--part)}.finding.waived{border-left-style:dashed;background:#f8f8fa}
        .finding p{margin:.35rem 0}
        .sev{display:inline-block;font-size:.78rem;font-weight:700;padding:0 .5em;border-radius:3px;color:#fff;background:var(--info)}
        .sev-blocking{background:var(--no)}.sev-advisory{background:var(--part)}.sev-ca{background:var(--ca)}.sev-waived{background:var(--na)}
        .msg{font-weight:600}
        .todo{background:#eaf3ff;border-radius:4px;padding:6px 10px;margin:.5rem 0}
        .waiver{background:#f1ecfa;border-radius:4px;padding:6px 10px}
        .why,.refs{font-size:.88rem}
        .refs a,.refs span{overflow-wrap:anywhere}
        .evidence{font-size:.82rem;margin:.3rem 0}
        .rules{list-style:none;padding:0;margin:0;font-size:.9rem}
        .rules li{padding:2px 0}
        .ok{color:var(--ok);font-weight:700}.na{color:var(--na);font-weight:700}
        @media (max-width:900px){.tiles{grid-template-columns:repeat(auto-fill,minmax(150px,1fr))}main{padding:16px}}
        @media print{body{background:#fff;font-size:10.5pt}main{max-width:none;padding:0}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        .tile,.finding,tr{break-inside:avoid}h2,h3{break-after:avoid}.scroll{overflow:visible}.matrix td{white-space:normal}}
        """;

    /// <summary>Writes the HTML report of one evaluated strategy.</summary>
    /// <param name="report">The report to write.</param>
    /// <param name="strategy">The evaluated strategy, for the matrix of priority areas and cooperation instruments.</param>
    /// <param name="writer">Where the HTML goes.</param>
    public static void Write(ComplianceReport report, Strategy strategy, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(writer);
        var html = new StringBuilder(64 * 1024);
        var provenance = report.Provenance;
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Enabling condition 1.1: ").Append(E(report.StrategyTitle)).Append(" (").Append(E(report.RegionCode)).Append(")</title>\n")
            .Append("<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n<main>\n<header>\n<h1>").Append(E(report.StrategyTitle)).Append("</h1>\n")
            .Append("<p class=\"meta\">Region ").Append(E(strategy.Region.Name)).Append(" (").Append(E(report.RegionCode)).Append(") \u00B7 rule set ")
            .Append(E(provenance.RuleSetId)).Append(' ').Append(E(provenance.RuleSetVersion)).Append(" \u00B7 evaluated ").Append(Date(provenance.EvaluationDate));
        if (provenance.DocumentPath is not null)
        {
            html.Append(" \u00B7 document <code>").Append(E(provenance.DocumentPath)).Append("</code>");
        }

        html.Append("</p>\n<p class=\"overall\">Enabling condition 1.1, good governance of the smart specialisation strategy: ")
            .Append(Badge(report.Verdict)).Append("</p>\n<p class=\"meta\">").Append(Summary(report)).Append("</p>\n</header>\n")
            .Append("<section id=\"overview\" aria-label=\"Overview\">\n");
        HtmlReportOverview.WriteCriteria(html, report);
        HtmlReportOverview.WriteMatrix(html, strategy, provenance.EvaluationDate);
        html.Append("</section>\n");

        foreach (var criterion in report.Criteria)
        {
            WriteCriterion(html, report, criterion);
        }

        WriteTrailer(html, report);
        html.Append("<p class=\"src\">Written by s3criteria ").Append(E(provenance.ToolVersion))
            .Append(". The findings are a check against the rule set, not the Commission's assessment.</p>\n</main>\n</body>\n</html>\n");
        writer.Write(html.ToString());
    }

    private static void WriteCriterion(StringBuilder html, ComplianceReport report, CriterionResult criterion)
    {
        html.Append("<section class=\"criterion\" id=\"").Append(E(HtmlReportOverview.CriterionAnchor(criterion.CriterionId))).Append("\">\n<h2>")
            .Append(E(criterion.CriterionId)).Append(' ').Append(Badge(criterion.Verdict)).Append("<br>").Append(E(criterion.Title)).Append("</h2>\n")
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

    private static void WriteTrailer(StringBuilder html, ComplianceReport report)
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
        Row(html, "Document", p.DocumentPath is null ? "(not from a file)" : "<code>" + E(p.DocumentPath) + "</code>, hash <code>" + E(p.DocumentHash ?? string.Empty) + "</code>");
        Row(html, "Evaluation date", Date(p.EvaluationDate));
        Row(html, "Language", E(p.Language));
        Row(html, "Tool version", E(p.ToolVersion));
        Row(html, "Parameter overrides", p.ParameterOverrides.Count == 0 ? "none" : string.Join("<br>", p.ParameterOverrides.Select(o => "<code>" + E(o.Name) + "</code> = " + E(o.Value) + " (default " + E(o.DefaultValue) + ")")));
        Row(html, "Disabled rules", p.DisabledRules.Count == 0 ? "none" : string.Join("<br>", p.DisabledRules.Select(d => "<code>" + E(d.RuleId) + "</code>: " + E(d.Reason))));
        html.Append("</tbody></table>\n</section>\n");
    }

    private static void Row(StringBuilder html, string name, string valueHtml) =>
        html.Append("<tr><th scope=\"row\">").Append(E(name)).Append("</th><td>").Append(valueHtml).Append("</td></tr>\n");

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

    private static string Badge(Verdict verdict) =>
        "<span class=\"badge " + HtmlReportOverview.VerdictClass(verdict) + "\">" + E(HtmlReportOverview.VerdictLabel(verdict)) + "</span>";

    private static string SubjectText(Subject subject) => subject.Kind switch
    {
        SubjectKind.Strategy => "the strategy as a whole",
        SubjectKind.Priority => $"priority area \u201C{subject.Name}\u201D",
        _ => $"{Labels.Kind(subject.Kind)} \u201C{subject.Name}\u201D",
    } + (subject.Kind == SubjectKind.Strategy ? string.Empty : $" ({subject.Id})");

    private static string Reference(string reference) =>
        Uri.TryCreate(reference, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? "<a href=\"" + E(reference) + "\" rel=\"noopener noreferrer\">" + E(reference) + "</a>"
            : "<span>" + E(reference) + "</span>";

    private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
