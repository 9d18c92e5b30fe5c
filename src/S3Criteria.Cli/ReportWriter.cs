using System.Text;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Reports;
using S3Criteria.Rules;
using S3Criteria.Writers;

namespace S3Criteria.Cli;

/// <summary>Writes the reports of a run in the chosen format, to standard output, a file, or a directory of files.</summary>
internal static class ReportWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <returns><see langword="false"/> when the output cannot be written (the problem is on <paramref name="error"/>).</returns>
    public static bool Write(IReadOnlyList<(StrategyDocument Document, ComplianceReport Report)> results, RuleSet ruleSet, string format, string? outputPath, TextWriter output, TextWriter error)
    {
        var perDocument = format is "html" or "self-assessment" or "self-assessment-csv";
        if (perDocument && results.Count > 1)
        {
            if (outputPath is null)
            {
                error.WriteLine($"error: with several documents, --format {format} needs --output <directory>: one file per document.");
                return false;
            }

            Directory.CreateDirectory(outputPath);
            foreach (var (document, report) in results)
            {
                var file = Path.Combine(outputPath, $"{Path.GetFileNameWithoutExtension(document.FilePath)}.{Extension(format)}");
                using var writer = new StreamWriter(file, append: false, Utf8) { NewLine = "\n" };
                WriteOne(document, report, format, writer);
            }

            output.WriteLine($"Wrote {results.Count} report(s) to {outputPath}.");
            return true;
        }

        try
        {
            using var file = outputPath is null ? null : new StreamWriter(outputPath, append: false, Utf8) { NewLine = "\n" };
            var writer = file ?? output;
            switch (format)
            {
                case "sarif":
                    writer.Write(ComplianceReportSarif.Serialize([.. results.Select(r => r.Report)], ruleSet));
                    break;
                case "json" when results.Count != 1:
                    writer.Write("[\n" + string.Join(",\n", results.Select(r => ComplianceReportJson.Serialize(r.Report).TrimEnd())) + "\n]\n");
                    break;
                case "console":
                    var colour = file is null && ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
                    foreach (var (_, report) in results)
                    {
                        ConsoleReportWriter.Write(report, writer, colour);
                    }

                    if (results.Count > 1)
                    {
                        SummaryTable(results, writer);
                    }

                    break;
                default:
                    foreach (var (document, report) in results)
                    {
                        WriteOne(document, report, format, writer);
                    }

                    break;
            }

            if (file is not null)
            {
                output.WriteLine($"Wrote {results.Count} report(s) to {outputPath}.");
            }

            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: the report cannot be written to '{outputPath}': {exception.Message}");
            return false;
        }
    }

    private static void WriteOne(StrategyDocument document, ComplianceReport report, string format, TextWriter writer)
    {
        switch (format)
        {
            case "json":
                writer.Write(ComplianceReportJson.Serialize(report));
                break;
            case "markdown":
                MarkdownReportWriter.Write(report, writer);
                break;
            case "html":
                HtmlReportWriter.Write(report, document.Strategy, writer);
                break;
            case "self-assessment":
                SelfAssessmentWriter.WriteMarkdown(report, writer);
                break;
            case "self-assessment-csv":
                SelfAssessmentWriter.WriteCsv(report, writer);
                break;
            default:
                throw new InvalidOperationException($"No writer for format '{format}' of {document.FilePath}.");
        }
    }

    private static string Extension(string format) => format switch
    {
        "html" => "html",
        "self-assessment-csv" => "csv",
        _ => "md",
    };

    private static void SummaryTable(IReadOnlyList<(StrategyDocument Document, ComplianceReport Report)> results, TextWriter writer)
    {
        writer.WriteLine();
        var width = Math.Max(8, results.Max(r => Path.GetFileName(r.Document.FilePath ?? r.Report.StrategyId).Length));
        writer.WriteLine($"{"document".PadRight(width)}  {"verdict",-20} blocking  advisory  info  waived");
        foreach (var (document, report) in results)
        {
            var open = report.Findings.Where(f => !f.IsWaived).ToList();
            writer.WriteLine($"{Path.GetFileName(document.FilePath ?? report.StrategyId).PadRight(width)}  {Labels.Verdict(report.Verdict),-20} {open.Count(f => f.Severity == Severity.Blocking),8}  {open.Count(f => f.Severity == Severity.Advisory),8}  {open.Count(f => f.Severity == Severity.Info),4}  {report.Findings.Count(f => f.IsWaived),6}");
        }
    }
}
