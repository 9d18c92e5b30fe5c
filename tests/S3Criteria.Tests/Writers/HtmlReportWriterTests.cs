using System.Net;
using System.Text.RegularExpressions;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Evaluation;
using S3Criteria.Reports;
using S3Criteria.Waivers;
using S3Criteria.Writers;
using static S3Criteria.Tests.Support.RuleHarness;

namespace S3Criteria.Tests.Writers;

public sealed partial class HtmlReportWriterTests
{
    private static readonly string SamplePath = Path.Combine(AppContext.BaseDirectory, "samples", "strategies", "extremadura.yaml");

    private static readonly RuleSet BuiltIn = new RuleSetBuilder().AddBuiltInRules().Build();

    private static readonly ReportWriter Html = ReportWriterRegistry.Default.Get("html");

    private static readonly Lazy<(ComplianceReport Report, StrategyDocument Document, string Html)> Sample = new(() => Render(StrategyDocument.Load(SamplePath)));

    private static (ComplianceReport Report, StrategyDocument Document, string Html) Render(StrategyDocument document, RuleSet? rules = null, WaiverSet? waivers = null)
    {
        var options = new ComplianceEvaluatorOptions { TimeProvider = new FixedTime(Today), Waivers = waivers ?? WaiverSet.Empty };
        var report = new ComplianceEvaluator(rules ?? BuiltIn, options).Evaluate(document);
        using var writer = new StringWriter();
        Html.Write(new ReportWriterContext(report, document, rules ?? BuiltIn), writer);
        return (report, document, writer.ToString());
    }

    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start}' not found");
        var to = html.IndexOf(end, from, StringComparison.Ordinal);
        Assert.True(to > from, $"'{end}' not found after '{start}'");
        return html[from..to];
    }

    [GeneratedRegex(@"<(?:link|script|img|style|iframe|source|video|audio|object|embed)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ResourceTag();

    [GeneratedRegex(@"<html\b", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"<li class=""tile [^""]+"">.*?</li>", RegexOptions.Singleline)]
    private static partial Regex Tile();

    [Fact]
    public void Write_Sample_IsOneHtml5DocumentWithTitleAndLanguage()
    {
        var html = Sample.Value.Html;

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">\n", html, StringComparison.Ordinal);
        Assert.Single(HtmlTag().Matches(html));
        Assert.EndsWith("</body>\n</html>\n", html, StringComparison.Ordinal);
        Assert.Contains("<title>Enabling condition 1.1: Smart specialisation strategy of Extremadura (RIS3) 2021-2027 - illustrative sample (ES43)</title>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge v-ok\">\u2713 Fulfilled</span>", html, StringComparison.Ordinal);
        Assert.Contains(" \u00B7 document <code>extremadura.yaml</code>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Sample_LoadsNothingFromElsewhere()
    {
        var html = Sample.Value.Html;

        foreach (Match tag in ResourceTag().Matches(html))
        {
            Assert.DoesNotContain("http", tag.Value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("src=", tag.Value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=", tag.Value, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("content=\"default-src 'none'; style-src 'unsafe-inline'\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Sample_ShowsEveryFindingEncodedWithWhatToDoAndLinkedReferences()
    {
        var (report, _, html) = Sample.Value;

        Assert.NotEmpty(report.Findings);
        foreach (var finding in report.Findings)
        {
            Assert.Contains("<p class=\"msg\">" + WebUtility.HtmlEncode(finding.Message) + "</p>", html, StringComparison.Ordinal);
            Assert.Contains("<strong>What to do</strong><p>" + WebUtility.HtmlEncode(finding.Recommendation!) + "</p>", html, StringComparison.Ordinal);
        }

        Assert.Contains("&quot;FUNDECYT-PCTEX (Fundaci&#243;n FUNDECYT", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://ec.europa.eu/regional_policy/policy/communities-and-networks/s3-community-of-practice/thematic_platforms_en\" rel=\"noopener noreferrer\">", html, StringComparison.Ordinal);
        Assert.Contains("<span>Regulation (EU) 2021/1060, Article 15(2)</span>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>running-abroad</td><td>3</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Sample_MatrixHasARowPerPriorityAreaAndCountsByStatus()
    {
        var (_, document, html) = Sample.Value;
        var matrix = Between(html, "<table id=\"matrix\"", "</table>");

        Assert.Equal(document.Strategy.Priorities!.Count, Regex.Count(matrix, "<tr><th scope=\"row\">"));
        foreach (var priority in document.Strategy.Priorities)
        {
            Assert.Contains("<tr><th scope=\"row\">" + WebUtility.HtmlEncode(priority.Name) + "</th>", matrix, StringComparison.Ordinal);
        }

        Assert.Contains("<th scope=\"col\">Interreg A (cross-border)</th><th scope=\"col\">Interreg B (transnational)</th><th scope=\"col\">S3 thematic partnership</th><th scope=\"col\">Other</th>", matrix, StringComparison.Ordinal);
        var tourism = Between(matrix, "<tr><th scope=\"row\">Tourism</th>", "</tr>");
        Assert.Contains("<span class=\"cnt\">1 planned</span>", tourism, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(tourism, "class=\"empty\""));
        Assert.Contains("<span class=\"cnt\">1 lapsed</span>", Between(matrix, "<tr><th scope=\"row\">Health</th>", "</tr>"), StringComparison.Ordinal);
        Assert.Contains("<span class=\"cnt\">1 active</span><ul class=\"names\"><li>S3 Energy platform - Solar Energy partnership</li></ul></td>", matrix, StringComparison.Ordinal);
        Assert.Contains("Not linked to a priority area</th>", matrix, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Sample_OverviewNamesEveryCriterionAndThePreconditionWithTheirVerdicts()
    {
        var (report, _, html) = Sample.Value;
        var expected = new Dictionary<string, string>
        {
            ["EC1.1-C1"] = "Fulfilled",
            ["EC1.1-C2"] = "Fulfilled",
            ["EC1.1-C3"] = "Fulfilled",
            ["EC1.1-C4"] = "Fulfilled",
            ["EC1.1-C5"] = "Fulfilled",
            ["EC1.1-C6"] = "Not applicable",
            ["EC1.1-C7"] = "Fulfilled",
            ["EC1.1-P"] = "Fulfilled",
        };
        var tiles = Tile().Matches(Between(html, "<section id=\"overview\"", "</section>")).Select(m => m.Value).ToList();

        Assert.Equal(8, tiles.Count);
        Assert.Equal(expected.Keys, report.Criteria.Select(c => c.CriterionId));
        foreach (var (id, verdict) in expected)
        {
            var tile = Assert.Single(tiles, t => t.Contains("<span class=\"tid\">" + id + "</span>", StringComparison.Ordinal));
            Assert.Matches("<span class=\"tv\">[^<]* " + verdict + "</span>", tile);
            Assert.Contains("href=\"#criterion-" + id + "\"", tile, StringComparison.Ordinal);
            Assert.Contains("<section class=\"criterion\" id=\"criterion-" + id + "\">", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Write_Sample_HasAnOutlookBandPerCriterionToTheEndOf2029()
    {
        var outlook = Between(Sample.Value.Html, "<section id=\"outlook\"", "</section>");

        Assert.Contains("Outlook to 2029-12-31", outlook, StringComparison.Ordinal);
        Assert.Equal(Sample.Value.Report.Criteria.Count + 1, Regex.Count(outlook, "class=\"fc-band\""));
        Assert.Contains("s3criteria forecast", outlook, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ScriptInStrategyTitle_IsEncoded()
    {
        var yaml = Regex.Replace(File.ReadAllText(SamplePath), "^title: .*$", "title: \"<script>alert('x')</script> & <b>co</b>\"", RegexOptions.Multiline);

        var html = Render(StrategyDocument.Parse(yaml, filePath: "evil.yaml")).Html;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;co&lt;/b&gt;</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Enabling condition 1.1: &lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SameReportTwice_GivesTheSameText()
    {
        var (report, document, html) = Sample.Value;
        using var again = new StringWriter();

        Html.Write(new ReportWriterContext(report, document, BuiltIn), again);

        Assert.Equal(html, again.ToString());
        Assert.Equal(html, Render(StrategyDocument.Load(SamplePath)).Html);
    }

    [Fact]
    public void Write_WaivedAndUnusedWaivers_AreMarkedWithReasonAndExpiry()
    {
        var waivers = WaiverSet.Parse("""
            waivers:
              - { rule: C7-15, reason: Joining the tourism partnership in 2027 <soon>., expires: 2026-12-31, owner: RIS3 office }
              - { rule: C7-01, subject: ict, reason: Nothing to waive., expires: 2027-01-31 }
            """, "waivers.yaml");

        var html = Render(StrategyDocument.Load(SamplePath), waivers: waivers).Html;

        var waived = Between(html, "<article class=\"finding s-advisory waived\">", "</article>");
        Assert.Contains("<span class=\"sev sev-waived\">~ Waived</span>", waived, StringComparison.Ordinal);
        Assert.Contains("<strong>Waived</strong> until 2026-12-31: Joining the tourism partnership in 2027 &lt;soon&gt;. Owner: RIS3 office.", waived, StringComparison.Ordinal);
        var unused = Between(html, "<section class=\"criterion\" id=\"unused-waivers\">", "</section>");
        Assert.Contains("<td><code>C7-01</code></td><td>ict</td><td>Nothing to waive.</td><td>2027-01-31</td>", unused, StringComparison.Ordinal);
        Assert.Contains("1 waived finding", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_OverriddenParameterAndDisabledRule_AreListedInProvenance()
    {
        var rules = new RuleSetBuilder().AddBuiltInRules()
            .SetParameter("min-measures-per-priority", "2")
            .DisableRule("C7-19", "Covered by the <regional> cooperation plan.")
            .Build();

        var provenance = Between(Render(StrategyDocument.Load(SamplePath), rules).Html, "<section class=\"criterion\" id=\"provenance\">", "</section>");

        Assert.Contains("<code>min-measures-per-priority</code> = 2 (default 1)", provenance, StringComparison.Ordinal);
        Assert.Contains("<code>C7-19</code>: Covered by the &lt;regional&gt; cooperation plan.", provenance, StringComparison.Ordinal);
        Assert.Contains("Evaluation date</th><td>2026-11-25</td>", provenance, StringComparison.Ordinal);
    }
}
