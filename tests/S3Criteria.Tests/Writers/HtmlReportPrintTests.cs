using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Evaluation;
using S3Criteria.Forecasting;
using S3Criteria.Writers;
using static S3Criteria.Tests.Support.RuleHarness;

namespace S3Criteria.Tests.Writers;

/// <summary>The HTML report as a document an officer prints and every reader can use (issue 16, items 3 and 4).</summary>
public sealed partial class HtmlReportPrintTests
{
    private static readonly string SamplePath = Path.Combine(AppContext.BaseDirectory, "samples", "strategies", "extremadura.yaml");

    private static readonly RuleSet BuiltIn = new RuleSetBuilder().AddBuiltInRules().Build();

    private static readonly Lazy<string> Sample = new(() => Render(StrategyDocument.Load(SamplePath)));

    private static readonly Lazy<string> SampleForecast = new(() =>
    {
        var forecaster = new ComplianceForecaster(BuiltIn, new ComplianceForecastOptions { From = Today, Until = new DateOnly(2029, 12, 31) });
        using var writer = new StringWriter();
        ForecastWriterRegistry.Default.Get("html").Write(new ForecastWriterContext(forecaster.Forecast(StrategyDocument.Load(SamplePath))), writer);
        return writer.ToString();
    });

    public static TheoryData<string> Pages => ["report", "forecast"];

    private static string Render(StrategyDocument document, string? language = null)
    {
        var options = new ComplianceEvaluatorOptions { TimeProvider = new FixedTime(Today) };
        if (language is not null)
        {
            options.Language = language;
        }

        var report = new ComplianceEvaluator(BuiltIn, options).Evaluate(document);
        using var writer = new StringWriter();
        ReportWriterRegistry.Default.Get("html").Write(new ReportWriterContext(report, document, BuiltIn), writer);
        return writer.ToString();
    }

    private static string Page(string page) => page == "report" ? Sample.Value : SampleForecast.Value;

    [GeneratedRegex(@"<nav class=""toc""[^>]*>.*?</nav>", RegexOptions.Singleline)]
    private static partial Regex Contents();

    [GeneratedRegex(@"href=""#([^""]+)""")]
    private static partial Regex Fragment();

    [GeneratedRegex(@"\sid=""([^""]+)""")]
    private static partial Regex Id();

    [GeneratedRegex(@"<th\b[^>]*>")]
    private static partial Regex HeaderCell();

    [GeneratedRegex(@"<h([1-6])\b")]
    private static partial Regex Heading();

    [GeneratedRegex(@"--([a-z]+):(#[0-9a-f]{6})")]
    private static partial Regex Colour();

    [Theory]
    [MemberData(nameof(Pages))]
    public void Write_Sample_PrintsOnA4WithRepeatedTableHeaders(string page)
    {
        var html = Page(page);

        Assert.Contains("@page{size:A4;", html, StringComparison.Ordinal);
        var print = html[html.IndexOf("@media print{", StringComparison.Ordinal)..];
        Assert.Contains("thead{display:table-header-group}", print, StringComparison.Ordinal);
        Assert.Contains(".finding,tr,", print, StringComparison.Ordinal);
        Assert.Contains("break-inside:avoid", print, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Sample_TableOfContentsLinksEveryCriterionToAnIdOfThePage()
    {
        var html = Sample.Value;
        var contents = Contents().Match(html);
        Assert.True(contents.Success, "no table of contents");
        var ids = Id().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        var links = Fragment().Matches(contents.Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(links, link => Assert.Contains(link, ids));
        Assert.Equal(links.Count, links.Distinct(StringComparer.Ordinal).Count());
        foreach (var criterion in new[] { "C1", "C2", "C3", "C4", "C5", "C6", "C7", "P" })
        {
            Assert.Contains("criterion-EC1.1-" + criterion, links);
        }

        Assert.Contains("provenance", links);
        Assert.True(contents.Index < html.IndexOf("<section id=\"overview\"", StringComparison.Ordinal), "the contents come after the overview");
    }

    [Fact]
    public void Write_ReportEvaluatedAfterThePeriod_ContentsLinkNoMissingRenewalList()
    {
        var report = new ComplianceEvaluator(BuiltIn, new ComplianceEvaluatorOptions { TimeProvider = new FixedTime(new DateOnly(2030, 3, 1)) })
            .Evaluate(StrategyDocument.Load(SamplePath));
        using var writer = new StringWriter();
        ReportWriterRegistry.Default.Get("html").Write(new ReportWriterContext(report, StrategyDocument.Load(SamplePath), BuiltIn), writer);
        var html = writer.ToString();
        var ids = Id().Matches(html).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        Assert.All(Fragment().Matches(Contents().Match(html).Value).Select(m => m.Groups[1].Value), link => Assert.Contains(link, ids));
        Assert.DoesNotContain("href=\"#outlook-renewals\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Write_AbsoluteDocumentPath_NamesTheFileOnlyInTheHeader(string page)
    {
        var html = Page(page);

        Assert.True(Path.IsPathRooted(SamplePath));
        Assert.DoesNotContain(SamplePath, html, StringComparison.Ordinal);
        Assert.DoesNotContain(WebUtility.HtmlEncode(Path.GetDirectoryName(SamplePath)!), html, StringComparison.Ordinal);
        var header = html[html.IndexOf("<header>", StringComparison.Ordinal)..html.IndexOf("</header>", StringComparison.Ordinal)];
        Assert.Contains(" \u00B7 document <code>extremadura.yaml</code>", header, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_WindowsPath_NamesTheFileOnly()
    {
        var html = Render(StrategyDocument.Parse(File.ReadAllText(SamplePath), filePath: @"C:\Users\officer\Uploads\RIS3 Extremadura.yaml"));

        Assert.DoesNotContain("officer", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Uploads", html, StringComparison.Ordinal);
        Assert.Contains("document <code>RIS3 Extremadura.yaml</code>", html, StringComparison.Ordinal);
        Assert.Contains("<code>RIS3 Extremadura.yaml</code>, hash <code>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ReportInItalian_SetsThePageLanguage()
    {
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">\n", Sample.Value, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"it\">\n", Render(StrategyDocument.Load(SamplePath), "it"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("el", "el")]
    [InlineData("pt-PT", "pt-PT")]
    [InlineData("", "en")]
    [InlineData("e", "en")]
    [InlineData("it\"><script>", "en")]
    [InlineData("de_DE", "en")]
    public void Lang_ReportLanguage_IsAWellFormedTagOrEnglish(string language, string expected)
    {
        var provenance = new S3Criteria.Reports.Provenance(BuiltIn, "1.0.0", "extremadura.yaml", null, Today, language);

        Assert.Equal(expected, HtmlText.Lang(provenance));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Write_Sample_EveryTableHeaderCellHasAScope(string page)
    {
        var cells = HeaderCell().Matches(Page(page)).Select(m => m.Value).ToList();

        Assert.NotEmpty(cells);
        Assert.All(cells, cell => Assert.Matches(@"scope=""(col|row)""", cell));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Write_Sample_HeadingsStartAtOneAndSkipNoLevel(string page)
    {
        var levels = Heading().Matches(Page(page)).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(1, levels[0]);
        Assert.Single(levels, l => l == 1);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} followed by h{pair.Second}"));
    }

    [Fact]
    public void Write_Sample_MatrixNamesEachPartnershipInItsCells()
    {
        var html = Sample.Value;
        var matrix = html[html.IndexOf("<table id=\"matrix\"", StringComparison.Ordinal)..];
        matrix = matrix[..matrix.IndexOf("</table>", StringComparison.Ordinal)];
        var document = StrategyDocument.Load(SamplePath);

        foreach (var partnership in document.Strategy.Partnerships!)
        {
            Assert.Contains("<li>" + WebUtility.HtmlEncode(partnership.Title) + "</li>", matrix, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("title=\"S3", matrix, StringComparison.Ordinal);
        Assert.Contains("<span class=\"cnt\">1 lapsed</span><ul class=\"names\"><li>INNOACE", matrix, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Sample_OverviewPicturesHaveTextAlternatives()
    {
        var html = Sample.Value;

        Assert.Equal(Regex.Count(html, "class=\"fc-band\""), Regex.Count(html, "class=\"fc-band\" role=\"img\" aria-label=\"[^\"]+\""));
        Assert.Contains("<ol class=\"tiles\" aria-labelledby=\"overview-criteria\">", html, StringComparison.Ordinal);
        Assert.Contains("<table id=\"matrix\" class=\"matrix\" aria-labelledby=\"overview-matrix\">", html, StringComparison.Ordinal);
        Assert.Contains("role=\"region\" aria-labelledby=\"overview-matrix\" tabindex=\"0\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ok", "#ffffff")]
    [InlineData("part", "#ffffff")]
    [InlineData("no", "#ffffff")]
    [InlineData("na", "#ffffff")]
    [InlineData("ca", "#ffffff")]
    [InlineData("info", "#ffffff")]
    [InlineData("muted", "#ffffff")]
    [InlineData("muted", "#f6f8fa")]
    [InlineData("muted", "#f1f3f5")]
    [InlineData("muted", "#e4e7eb")]
    [InlineData("ink", "#d6f0dd")]
    [InlineData("ink", "#fdebc8")]
    public void Css_Palette_TextContrastIsAtLeastFourAndAHalf(string variable, string other)
    {
        var palette = Colour().Matches(HtmlReportStyle.Css).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);

        Assert.InRange(Contrast(palette[variable], other), 4.5, 21);
    }

    [Fact]
    public void Css_GreyTextOnTheEmptyCells_UsesTheMutedColour()
    {
        Assert.Contains(".empty{color:var(--muted);", HtmlReportStyle.Css, StringComparison.Ordinal);
        Assert.DoesNotContain("opacity:", HtmlReportStyle.Css, StringComparison.Ordinal);
    }

    private static double Contrast(string a, string b)
    {
        var (x, y) = (Luminance(a), Luminance(b));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int at)
        {
            var c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
