using System.Globalization;
using System.Text;
using S3Criteria.Model;
using S3Criteria.Reports;
using static S3Criteria.Writers.HtmlText;
using S3Criteria.Localization;

namespace S3Criteria.Writers;

/// <summary>
/// The overview picture of the HTML report: one tile per criterion with its verdict, and the matrix of
/// priority areas against the cooperation instruments of the strategy's partnerships, each cell naming its partnerships
/// in the page itself (not in a tooltip, which neither paper nor a keyboard shows). Also holds the words
/// and CSS classes both parts of the report use, so that colour is never the only cue.
/// </summary>
internal static class HtmlReportOverview
{
    /// <summary>The verdict in words, with a symbol that survives printing in black and white.</summary>
    public static string VerdictLabel(Verdict verdict) => VerdictLabel(verdict, Labels.English);

    /// <summary>A verdict with its symbol, in the language of <paramref name="labels"/>.</summary>
    public static string VerdictLabel(Verdict verdict, Labels labels) => verdict switch
    {
        Verdict.Fulfilled => "\u2713 ",
        Verdict.NotFulfilled => "\u2717 ",
        Verdict.NotApplicable => "\u2013 ",
        _ => "? ",
    } + labels["verdict-title." + ReportLabels.VerdictKey(verdict)];

    /// <summary>The CSS class that colours a verdict.</summary>
    public static string VerdictClass(Verdict verdict) => verdict switch
    {
        Verdict.Fulfilled => "v-ok",
        Verdict.NotFulfilled => "v-no",
        Verdict.NotApplicable => "v-na",
        _ => "v-ca",
    };

    /// <summary>The anchor of a criterion's section.</summary>
    public static string CriterionAnchor(string criterionId) => "criterion-" + criterionId;

    /// <summary>Writes the row of criterion tiles, each linking to its section.</summary>
    public static void WriteCriteria(StringBuilder html, ComplianceReport report, Labels labels)
    {
        html.Append("<h2 id=\"overview-criteria\">").Append(E(labels["html.criteria"])).Append("</h2>\n<ol class=\"tiles\" aria-labelledby=\"overview-criteria\">\n");
        foreach (var criterion in report.Criteria)
        {
            var findings = report.Findings.Count(f => f.CriterionId == criterion.CriterionId && !f.IsWaived);
            html.Append("<li class=\"tile ").Append(VerdictClass(criterion.Verdict)).Append("\"><a href=\"#")
                .Append(E(CriterionAnchor(criterion.CriterionId))).Append("\"><span class=\"tid\">").Append(E(criterion.CriterionId))
                .Append("</span><span class=\"tv\">").Append(E(VerdictLabel(criterion.Verdict, labels))).Append("</span><span class=\"tt\">")
                .Append(E(criterion.Title)).Append("</span><span class=\"tn\">")
                .Append(E(Count(findings, "html.one-open-finding", "html.open-findings", labels)))
                .Append("</span></a></li>\n");
        }

        html.Append("</ol>\n");
    }

    /// <summary>
    /// Writes the matrix: a row per priority area, a column per instrument in use, partnerships counted by status.
    /// An active partnership whose end date is before <paramref name="asOf"/> counts as lapsed, as the rules count it.
    /// </summary>
    public static void WriteMatrix(StringBuilder html, Strategy strategy, DateOnly asOf, Labels labels)
    {
        html.Append("<h2 id=\"overview-matrix\">").Append(E(labels["html.matrix"])).Append("</h2>\n");
        var partnerships = strategy.Partnerships ?? [];
        var priorities = strategy.Priorities ?? [];
        var instruments = partnerships.Select(p => p.Instrument).Distinct().Order().ToList();
        if (instruments.Count == 0 || priorities.Count == 0)
        {
            html.Append("<p class=\"note\">").Append(E(labels[instruments.Count == 0 ? "html.matrix-no-partnerships" : "html.matrix-no-priorities"])).Append("</p>\n");
            return;
        }

        html.Append("<div class=\"scroll\" role=\"region\" aria-labelledby=\"overview-matrix\" tabindex=\"0\"><table id=\"matrix\" class=\"matrix\" aria-labelledby=\"overview-matrix\">\n<thead><tr><th scope=\"col\">").Append(E(labels["html.priority-area"])).Append("</th>");
        foreach (var instrument in instruments)
        {
            html.Append("<th scope=\"col\">").Append(E(InstrumentLabel(instrument, labels))).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var priority in priorities)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(priority.Name)).Append("</th>");
            WriteCells(html, instruments, asOf, partnerships.Where(p => p.Priorities.Contains(priority.Id, StringComparer.Ordinal)), labels);
            html.Append("</tr>\n");
        }

        var unlinked = partnerships.Where(p => !p.Priorities.Any(id => priorities.Any(a => a.Id == id))).ToList();
        if (unlinked.Count > 0)
        {
            html.Append("<tr class=\"unlinked\"><th scope=\"row\" class=\"unlinked\">").Append(E(labels["html.not-linked"])).Append("</th>");
            WriteCells(html, instruments, asOf, unlinked, labels);
            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n<p class=\"legend\">").Append(E(labels["html.matrix-legend"])).Append(' ')
            .Append("<span class=\"key c-active\">").Append(E(labels["html.status.active"])).Append("</span> <span class=\"key c-planned\">").Append(E(labels["html.matrix-planned-only"])).Append("</span> ")
            .Append("<span class=\"key c-lapsed\">").Append(E(labels["html.matrix-lapsed-only"])).Append("</span> <span class=\"key empty\">\u2014 ").Append(E(labels["html.matrix-none"])).Append("</span>. ")
            .Append(E(labels["html.matrix-names"])).Append("</p>\n");
    }

    /// <summary>A cooperation instrument as a policy officer names it, in the report's language (catalogue keys <c>instrument.*</c>).</summary>
    public static string InstrumentLabel(CooperationInstrument instrument, Labels labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return labels["instrument." + Naming.EnumName(instrument)];
    }

    private static void WriteCells(StringBuilder html, List<CooperationInstrument> instruments, DateOnly asOf, IEnumerable<Partnership> partnerships, Labels labels)
    {
        var linked = partnerships.ToList();
        foreach (var instrument in instruments)
        {
            var here = linked.Where(p => p.Instrument == instrument).ToList();
            if (here.Count == 0)
            {
                html.Append("<td class=\"empty\" title=\"").Append(E(labels["html.matrix-no-partnership"])).Append("\">\u2014</td>");
                continue;
            }

            var counts = new[] { PartnershipStatus.Active, PartnershipStatus.Planned, PartnershipStatus.Lapsed }
                .Select(status => (Status: status, Count: here.Count(p => StatusOn(p, asOf) == status)))
                .Where(c => c.Count > 0)
                .ToList();
            var css = counts[0].Status switch { PartnershipStatus.Active => "c-active", PartnershipStatus.Planned => "c-planned", _ => "c-lapsed" };
            string Status(PartnershipStatus status) => labels["html.status." + status.ToString().ToLowerInvariant()];
            var text = string.Join(" \u00B7 ", counts.Select(c => c.Count.ToString(CultureInfo.InvariantCulture) + " " + Status(c.Status)));
            html.Append("<td class=\"").Append(css).Append("\"><span class=\"cnt\">").Append(E(text)).Append("</span><ul class=\"names\">");
            foreach (var status in counts.Select(c => c.Status))
            {
                foreach (var partnership in here.Where(p => StatusOn(p, asOf) == status))
                {
                    html.Append("<li>").Append(E(partnership.Title))
                        .Append(counts.Count > 1 ? " (" + Status(status) + ")" : string.Empty).Append("</li>");
                }
            }

            html.Append("</ul></td>");
        }
    }

    /// <summary>The status as the rules count it on <paramref name="asOf"/>: an active partnership that has not started yet is planned, one past its end date lapsed.</summary>
    private static PartnershipStatus StatusOn(Partnership partnership, DateOnly asOf) =>
        partnership.Status != PartnershipStatus.Active || partnership.IsRunningOn(asOf) ? partnership.Status
        : partnership.Start > asOf ? PartnershipStatus.Planned
        : PartnershipStatus.Lapsed;
}
