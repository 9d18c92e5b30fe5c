using System.Globalization;
using System.Text;
using S3Criteria.Model;
using S3Criteria.Reports;
using static S3Criteria.Writers.HtmlText;

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
    public static string VerdictLabel(Verdict verdict) => verdict switch
    {
        Verdict.Fulfilled => "\u2713 Fulfilled",
        Verdict.NotFulfilled => "\u2717 Not fulfilled",
        Verdict.NotApplicable => "\u2013 Not applicable",
        _ => "? Cannot assess",
    };

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
    public static void WriteCriteria(StringBuilder html, ComplianceReport report)
    {
        html.Append("<h2 id=\"overview-criteria\">Fulfilment criteria</h2>\n<ol class=\"tiles\" aria-labelledby=\"overview-criteria\">\n");
        foreach (var criterion in report.Criteria)
        {
            var findings = report.Findings.Count(f => f.CriterionId == criterion.CriterionId && !f.IsWaived);
            html.Append("<li class=\"tile ").Append(VerdictClass(criterion.Verdict)).Append("\"><a href=\"#")
                .Append(E(CriterionAnchor(criterion.CriterionId))).Append("\"><span class=\"tid\">").Append(E(criterion.CriterionId))
                .Append("</span><span class=\"tv\">").Append(E(VerdictLabel(criterion.Verdict))).Append("</span><span class=\"tt\">")
                .Append(E(criterion.Title)).Append("</span><span class=\"tn\">")
                .Append(findings.ToString(CultureInfo.InvariantCulture)).Append(findings == 1 ? " open finding" : " open findings")
                .Append("</span></a></li>\n");
        }

        html.Append("</ol>\n");
    }

    /// <summary>
    /// Writes the matrix: a row per priority area, a column per instrument in use, partnerships counted by status.
    /// An active partnership whose end date is before <paramref name="asOf"/> counts as lapsed, as the rules count it.
    /// </summary>
    public static void WriteMatrix(StringBuilder html, Strategy strategy, DateOnly asOf)
    {
        html.Append("<h2 id=\"overview-matrix\">Cooperation by priority area and instrument</h2>\n");
        var partnerships = strategy.Partnerships ?? [];
        var priorities = strategy.Priorities ?? [];
        var instruments = partnerships.Select(p => p.Instrument).Distinct().Order().ToList();
        if (instruments.Count == 0 || priorities.Count == 0)
        {
            html.Append("<p class=\"note\">The strategy records ")
                .Append(instruments.Count == 0 ? "no partnerships" : "no priority areas").Append(", so there is nothing to cross.</p>\n");
            return;
        }

        html.Append("<div class=\"scroll\" role=\"region\" aria-labelledby=\"overview-matrix\" tabindex=\"0\"><table id=\"matrix\" class=\"matrix\" aria-labelledby=\"overview-matrix\">\n<thead><tr><th scope=\"col\">Priority area</th>");
        foreach (var instrument in instruments)
        {
            html.Append("<th scope=\"col\">").Append(E(InstrumentLabel(instrument))).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var priority in priorities)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(priority.Name)).Append("</th>");
            WriteCells(html, instruments, asOf, partnerships.Where(p => p.Priorities.Contains(priority.Id, StringComparer.Ordinal)));
            html.Append("</tr>\n");
        }

        var unlinked = partnerships.Where(p => !p.Priorities.Any(id => priorities.Any(a => a.Id == id))).ToList();
        if (unlinked.Count > 0)
        {
            html.Append("<tr class=\"unlinked\"><th scope=\"row\" class=\"unlinked\">Not linked to a priority area</th>");
            WriteCells(html, instruments, asOf, unlinked);
            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n<p class=\"legend\">Each cell counts the partnerships of the strategy by status (an active one past its end date counts as lapsed, one not yet started as planned): "
            + "<span class=\"key c-active\">active</span> <span class=\"key c-planned\">planned only</span> "
            + "<span class=\"key c-lapsed\">lapsed only</span> <span class=\"key empty\">\u2014 none</span>. Under the counts, each cell names its partnerships, with their status when the cell mixes them.</p>\n");
    }

    /// <summary>A cooperation instrument as a policy officer names it.</summary>
    public static string InstrumentLabel(CooperationInstrument instrument) => instrument switch
    {
        CooperationInstrument.InterregA => "Interreg A (cross-border)",
        CooperationInstrument.InterregB => "Interreg B (transnational)",
        CooperationInstrument.InterregC => "Interreg C (interregional)",
        CooperationInstrument.InterregD => "Interreg D (outermost regions)",
        CooperationInstrument.I3 => "I3 (Interregional Innovation Investments)",
        CooperationInstrument.S3ThematicPartnership => "S3 thematic partnership",
        CooperationInstrument.VanguardInitiative => "Vanguard Initiative",
        CooperationInstrument.HorizonEurope => "Horizon Europe",
        CooperationInstrument.EitKic => "EIT KIC",
        CooperationInstrument.BilateralAgreement => "Bilateral agreement",
        _ => "Other",
    };

    private static void WriteCells(StringBuilder html, List<CooperationInstrument> instruments, DateOnly asOf, IEnumerable<Partnership> partnerships)
    {
        var linked = partnerships.ToList();
        foreach (var instrument in instruments)
        {
            var here = linked.Where(p => p.Instrument == instrument).ToList();
            if (here.Count == 0)
            {
                html.Append("<td class=\"empty\" title=\"no partnership\">\u2014</td>");
                continue;
            }

            var counts = new[] { PartnershipStatus.Active, PartnershipStatus.Planned, PartnershipStatus.Lapsed }
                .Select(status => (Status: status, Count: here.Count(p => StatusOn(p, asOf) == status)))
                .Where(c => c.Count > 0)
                .ToList();
            var css = counts[0].Status switch { PartnershipStatus.Active => "c-active", PartnershipStatus.Planned => "c-planned", _ => "c-lapsed" };
            var text = string.Join(" \u00B7 ", counts.Select(c => c.Count.ToString(CultureInfo.InvariantCulture) + " " + c.Status.ToString().ToLowerInvariant()));
            html.Append("<td class=\"").Append(css).Append("\"><span class=\"cnt\">").Append(E(text)).Append("</span><ul class=\"names\">");
            foreach (var status in counts.Select(c => c.Status))
            {
                foreach (var partnership in here.Where(p => StatusOn(p, asOf) == status))
                {
                    html.Append("<li>").Append(E(partnership.Title))
                        .Append(counts.Count > 1 ? " (" + status.ToString().ToLowerInvariant() + ")" : string.Empty).Append("</li>");
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
