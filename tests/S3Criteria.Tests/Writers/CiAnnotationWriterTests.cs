using System.Text.Json.Nodes;
using S3Criteria.Documents;
using S3Criteria.Reports;
using S3Criteria.Writers;
using static S3Criteria.Tests.Support.RuleHarness;

namespace S3Criteria.Tests.Writers;

/// <summary>The GitHub annotations and the GitLab code-quality report: located, escaped, one per problem.</summary>
public sealed class CiAnnotationWriterTests
{
    private const string Rules = """
          - id: A
            title: Every priority area has a budget above 100
            severity: blocking
            for-each: priority
            require: priority.budget > 100
            message: "{priority.name} of {strategy.title} has a budget of {priority.budget}"
          - id: B
            title: The strategy has three priority areas
            severity: advisory
            require: count(priorities) >= 3
            message: "{strategy.title} has only {count(priorities)} priority areas."
        """;

    // A title that tries every way out of a workflow command: a percent sign, CR, LF and a command of its own.
    private const string HostileStrategy = """
        id: t
        title: "50% done\r\n::add-mask::secret\n::warning file=x.yaml::forged"
        region: { code: ITF4, name: Puglia, category: less-developed, lagging: low-growth }
        period-start: 2021
        period-end: 2027
        priorities:
          - { id: a, name: "Alpha::error::x", budget: 200 }
          - { id: b, name: "Beta, line=1", budget: 50 }

        """;

    private static readonly S3Criteria.Engine.RuleSet RuleSet = Build(RuleFile(Rules));

    private static readonly StrategyDocument Document = StrategyDocument.Parse(HostileStrategy, filePath: "strategy.yaml");

    private static readonly ComplianceReport Report = Evaluator(RuleSet).Evaluate(Document);

    private static string Write(string format) =>
        ReportWriterRegistry.Default.Get(format).WriteToString(new ReportWriterContext([new ReportEntry(Report, Document)], RuleSet));

    [Fact]
    public void Github_HostileTitle_GivesOneWellFormedCommandPerFinding()
    {
        var lines = Write("github").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(Report.Findings.Count, lines.Length);
        Assert.All(lines, line =>
        {
            Assert.Matches(@"^::(error|warning|notice) file=strategy\.yaml,line=[0-9]+,col=[0-9]+,title=[^:,\r\n]+::[^\r\n]*$", line);
            Assert.DoesNotContain('\r', line);
        });

        // A command starts only at the start of a line: the forged ones stay inside the message of a real one.
        Assert.DoesNotContain(lines, l => l.StartsWith("::add-mask::", StringComparison.Ordinal) || l.StartsWith("::warning file=x.yaml", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("50%25 done%0D%0A", StringComparison.Ordinal));
    }

    [Fact]
    public void Github_BlockingFinding_IsErrorAtItsSubjectAndAdvisoryIsWarning()
    {
        var lines = Write("github").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var beta = Document.LocationOf("priorities[1]")!;

        Assert.Contains($"::error file=strategy.yaml,line={beta.Line},col={beta.Column},title=A priority b::", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("::warning ", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Gitlab_EachOpenFinding_IsAnIssueWithTheCodeQualityFields()
    {
        var issues = JsonNode.Parse(Write("gitlab"))!.AsArray();

        Assert.Equal(Report.Findings.Count, issues.Count);
        Assert.All(issues, issue =>
        {
            Assert.False(string.IsNullOrEmpty((string?)issue!["description"]));
            Assert.Matches("^[0-9a-f]{64}$", (string?)issue["fingerprint"]);
            Assert.Contains((string?)issue["severity"], new[] { "info", "minor", "major", "critical", "blocker" });
            Assert.Equal("strategy.yaml", (string?)issue["location"]!["path"]);
            Assert.True((int)issue["location"]!["lines"]!["begin"]! >= 1);
        });
        Assert.Equal(["A", "B"], issues.Select(i => (string?)i!["check_name"]));
        Assert.Equal("blocker", (string?)issues[0]!["severity"]);
    }

    [Fact]
    public void Github_FailedLoad_IsOneErrorPerProblemAtItsLine()
    {
        var failed = StrategyDocument.TryParse(SarifHonestyTests.BrokenDocument, filePath: "broken.yaml");
        var lines = ReportWriterRegistry.Default.Get("github").WriteToString(new ReportWriterContext([], RuleSet, null, failed.Diagnostics))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(failed.Diagnostics.Count, lines.Length);
        Assert.All(lines.Zip(failed.Diagnostics), pair => Assert.StartsWith($"::error file=broken.yaml,line={pair.Second.Location!.Line},col={pair.Second.Location.Column},", pair.First, StringComparison.Ordinal));
    }
}
