using System.CommandLine.Completions;
using S3Criteria.Cli;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Evaluation;
using S3Criteria.Writers;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Cli;

/// <summary>Every <c>--format</c> of <c>s3criteria check</c> is a writer of the registry, and the command prints exactly what that writer writes.</summary>
public sealed class CheckCommandFormatTests
{
    // Relative, as a user types them: the test runs in its output folder, where the build copies the samples.
    private static readonly string[] Documents = ["samples/strategies/extremadura.yaml", "samples/strategies/kainuu.yaml"];

    private static readonly RuleSet BuiltIn = new RuleSetBuilder().AddBuiltInRules().Build();

    public static TheoryData<string> Formats() => [.. ReportWriterRegistry.Default.Formats];

    public static TheoryData<string> RunFormats() =>
        [.. ReportWriterRegistry.Default.Writers.Where(w => w.Scope == ReportWriterScope.Run).Select(w => w.Format)];

    [Fact]
    public void Format_AcceptedValues_AreExactlyTheRegistrysFormats()
    {
        using var output = new StringWriter();
        var option = CheckCommand.Create(output, output).Options.Single(o => o.Name == "--format");

        var accepted = option.GetCompletions(CompletionContext.Empty).Select(c => c.Label);

        Assert.Equal(S3Criteria.Office.OfficeReportWriters.Registry.Formats.Order(StringComparer.Ordinal), accepted.Order(StringComparer.Ordinal));
        Assert.Equal([.. ReportWriterRegistry.Default.Formats, "self-assessment-docx", "self-assessment-xlsx"], S3Criteria.Office.OfficeReportWriters.Registry.Formats);
        Assert.Equal(["console", "json", "sarif", "markdown", "html", "self-assessment", "self-assessment-csv", "junit", "github", "gitlab"], ReportWriterRegistry.Default.Formats);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Check_OneDocument_PrintsWhatTheRegistrysWriterWrites(string format)
    {
        var (_, output, error) = CliRunner.Run("check", Documents[0], "--date", "2026-11-25", "--format", format);

        Assert.Empty(error);
        Assert.Equal(Expected(format, Documents[..1]), output);
    }

    [Theory]
    [MemberData(nameof(RunFormats))]
    public void Check_TwoDocuments_PrintsWhatTheRunWriterWrites(string format)
    {
        var (_, output, error) = CliRunner.Run("check", Documents[0], Documents[1], "--date", "2026-11-25", "--format", format);

        Assert.Empty(error);
        Assert.Equal(Expected(format, Documents), output);
    }

    [Fact]
    public void Check_TwoDocumentsInADocumentFormat_WritesEachFileAsTheWriterWritesIt()
    {
        var directory = Directory.CreateTempSubdirectory("s3c-csv-").FullName;
        try
        {
            var (code, _, error) = CliRunner.Run("check", Documents[0], Documents[1], "--date", "2026-11-25", "--format", "self-assessment-csv", "--output", directory, "--fail-on", "none");

            Assert.Equal(0, code);
            Assert.Equal($"Wrote 2 reports to {directory}, one file each: extremadura.csv, kainuu.csv.\n", error); // only the status line
            var context = Context(Documents);
            var writer = ReportWriterRegistry.Default.Get("self-assessment-csv");
            Assert.Equal(System.Text.Encoding.UTF8.GetBytes(writer.WriteToString(context.ForReport(0))), File.ReadAllBytes(Path.Combine(directory, "extremadura.csv")));
            Assert.Equal(System.Text.Encoding.UTF8.GetBytes(writer.WriteToString(context.ForReport(1))), File.ReadAllBytes(Path.Combine(directory, "kainuu.csv")));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Expected(string format, string[] documents)
    {
        using var text = new StringWriter();
        ReportWriterRegistry.Default.Get(format).Write(Context(documents), text);
        return text.ToString();
    }

    private static ReportWriterContext Context(string[] documents)
    {
        var evaluator = new ComplianceEvaluator(BuiltIn, new ComplianceEvaluatorOptions { EvaluationDate = RuleHarness.Today });
        var entries = documents.Select(StrategyDocument.Load).Select(d => new ReportEntry(evaluator.Evaluate(d), d));
        // A command line not writing to a terminal wraps the console format at 80 columns.
        return new ReportWriterContext(entries, BuiltIn, new ReportWriterOptions { BaseDirectory = Environment.CurrentDirectory, ConsoleWidth = 80 });
    }
}
