using System.Text;
using System.Text.Json.Nodes;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Reports;
using S3Criteria.Writers;
using static S3Criteria.Tests.Support.RuleHarness;

namespace S3Criteria.Tests.Writers;

/// <summary>The writer abstraction: the registry, the context, document and run scopes, streams and text.</summary>
public sealed class ReportWriterTests
{
    private const string Rules = """
          - id: A
            title: The strategy has a priority area
            severity: blocking
            require: count(priorities) >= 1
            message: no priority areas
        """;

    private static readonly RuleSet RuleSet = Build(RuleFile(Rules));

    private static readonly StrategyDocument Document = StrategyDocument.Parse(BaseStrategy + "priorities:\n  - { id: a, name: Alpha }\n", filePath: "drafts/strategy.yaml");

    private static readonly ComplianceReport Report = Evaluator(RuleSet).Evaluate(Document);

    public static TheoryData<string> Formats() => [.. ReportWriterRegistry.Default.Formats];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_ToStream_GivesTheUtf8OfTheText(string format)
    {
        var writer = ReportWriterRegistry.Default.Get(format);
        var context = new ReportWriterContext(Report, Document, RuleSet);
        using var stream = new MemoryStream();

        writer.Write(context, stream);

        Assert.Equal(Encoding.UTF8.GetBytes(writer.WriteToString(context)), stream.ToArray());
        Assert.Equal(format, writer.Format);
        Assert.False(string.IsNullOrEmpty(writer.FileExtension));
    }

    [Fact]
    public void Get_UnknownFormat_ThrowsListingTheFormats()
    {
        var exception = Assert.Throws<KeyNotFoundException>(() => ReportWriterRegistry.Default.Get("xml"));

        Assert.Contains("console, json, sarif, markdown, html, self-assessment, self-assessment-csv, junit, github, gitlab", exception.Message, StringComparison.Ordinal);
        Assert.False(ReportWriterRegistry.Default.TryGet("XML", out _));
    }

    [Fact]
    public void Registry_TwoWritersOfOneFormat_Throws() =>
        Assert.Throws<ArgumentException>(() => new ReportWriterRegistry([ReportWriterRegistry.Default.Get("json"), ReportWriterRegistry.Default.Get("json")]));

    [Theory]
    [InlineData("html")]
    [InlineData("self-assessment")]
    [InlineData("self-assessment-csv")]
    public void Write_DocumentFormatWithTwoReports_ThrowsAndForReportWritesEach(string format)
    {
        var writer = ReportWriterRegistry.Default.Get(format);
        var context = new ReportWriterContext([new ReportEntry(Report, Document), new ReportEntry(Report, Document)], RuleSet);

        Assert.Equal(ReportWriterScope.Document, writer.Scope);
        Assert.Throws<ArgumentException>(() => writer.WriteToString(context));
        Assert.Equal(writer.WriteToString(context.ForReport(0)), writer.WriteToString(context.ForReport(1)));
    }

    [Fact]
    public void Write_HtmlWithoutTheStrategy_Throws() =>
        Assert.Throws<ArgumentException>(() => ReportWriterRegistry.Default.Get("html").WriteToString(new ReportWriterContext([new ReportEntry(Report)], RuleSet)));

    [Fact]
    public void Context_RelativeBaseDirectory_Throws() =>
        Assert.Throws<ArgumentException>(() => new ReportWriterContext(Report, Document, RuleSet, new ReportWriterOptions { BaseDirectory = "relative" }));

    [Fact]
    public void ForReport_KeepsTheOptionsAndLanguage()
    {
        var context = new ReportWriterContext([new ReportEntry(Report, Document)], RuleSet, new ReportWriterOptions { UseColour = true, BaseDirectory = AppContext.BaseDirectory, Language = "it" });

        var one = context.ForReport(0);

        Assert.True(one.UseColour);
        Assert.Equal(AppContext.BaseDirectory, one.BaseDirectory);
        Assert.Equal("it", one.Language);
        Assert.Same(Document, Assert.Single(one.Reports).Document);
        Assert.Throws<ArgumentOutOfRangeException>(() => context.ForReport(1));
    }

    [Fact]
    public void Write_ConsoleWithColour_PaintsTheVerdicts()
    {
        var writer = ReportWriterRegistry.Default.Get("console");

        var plain = writer.WriteToString(new ReportWriterContext(Report, Document, RuleSet));
        var coloured = writer.WriteToString(new ReportWriterContext(Report, Document, RuleSet, new ReportWriterOptions { UseColour = true }));

        Assert.DoesNotContain("\u001b[", plain, StringComparison.Ordinal);
        Assert.Contains("\u001b[32mFULFILLED\u001b[0m", coloured, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SarifWithoutBaseDirectory_WritesPathsAsGiven()
    {
        var absolute = Path.Combine(AppContext.BaseDirectory, "strategy.yaml");
        var elsewhere = Evaluator(RuleSet).Evaluate(StrategyDocument.Parse(BaseStrategy, filePath: absolute));

        var artifacts = JsonNode.Parse(ComplianceReportSarif.Serialize([Report, elsewhere], RuleSet))!["runs"]![0]!["artifacts"]!.AsArray();

        Assert.Equal("drafts/strategy.yaml", (string?)artifacts[0]!["location"]!["uri"]);
        Assert.Equal(ComplianceReportSarif.SourceRootBaseId, (string?)artifacts[0]!["location"]!["uriBaseId"]);
        Assert.Equal(new Uri(absolute).AbsoluteUri, (string?)artifacts[1]!["location"]!["uri"]);
        Assert.Null(artifacts[1]!["location"]!["uriBaseId"]);
    }

    [Fact]
    public void Write_SarifWithBaseDirectory_WritesPathsInsideItRelativeAndOthersAsFileUris()
    {
        var outsideFile = Path.Combine(AppContext.BaseDirectory, "strategy.yaml");
        var outside = Evaluator(RuleSet).Evaluate(StrategyDocument.Parse(BaseStrategy, filePath: outsideFile));
        var options = new ReportWriterOptions { BaseDirectory = Path.Combine(AppContext.BaseDirectory, "work") };
        var context = new ReportWriterContext([new ReportEntry(Report, Document), new ReportEntry(outside)], RuleSet, options);

        var artifacts = JsonNode.Parse(ReportWriterRegistry.Default.Get("sarif").WriteToString(context))!["runs"]![0]!["artifacts"]!.AsArray();

        // A relative path is relative to the base directory: drafts/strategy.yaml is <base>/drafts/strategy.yaml.
        Assert.Equal("drafts/strategy.yaml", (string?)artifacts[0]!["location"]!["uri"]);
        Assert.Equal(ComplianceReportSarif.SourceRootBaseId, (string?)artifacts[0]!["location"]!["uriBaseId"]);
        Assert.Equal(new Uri(outsideFile).AbsoluteUri, (string?)artifacts[1]!["location"]!["uri"]);
        Assert.Null(artifacts[1]!["location"]!["uriBaseId"]);
    }
}
