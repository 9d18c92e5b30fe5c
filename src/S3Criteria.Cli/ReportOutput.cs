using System.Text;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Reports;
using S3Criteria.Writers;

namespace S3Criteria.Cli;

/// <summary>
/// Writes the reports of a run with the writer of the chosen format (<see cref="ReportWriterRegistry.Default"/>), to
/// standard output, a file, or a directory of files (one per document, for formats that write one document each).
/// Decides what only a command line knows: whether the terminal wants colour, and the directory paths are relative to.
/// </summary>
internal static class ReportOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <returns><see langword="false"/> when the output cannot be written (the problem is on <paramref name="error"/>).</returns>
    public static bool Write(IReadOnlyList<(StrategyDocument Document, ComplianceReport Report)> results, RuleSet ruleSet, string format, string? outputPath, TextWriter output, TextWriter error)
    {
        var writer = ReportWriterRegistry.Default.Get(format);
        var options = new ReportWriterOptions
        {
            UseColour = outputPath is null && ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null,
            BaseDirectory = Environment.CurrentDirectory,
        };
        var context = new ReportWriterContext(results.Select(r => new ReportEntry(r.Report, r.Document)), ruleSet, options);
        var onePerFile = writer.Scope == ReportWriterScope.Document && results.Count > 1;
        if (onePerFile && outputPath is null)
        {
            error.WriteLine($"error: with several documents, --format {format} needs --output <directory>: one file per document.");
            return false;
        }

        try
        {
            if (onePerFile)
            {
                WriteDirectory(writer, context, outputPath!);
            }
            else
            {
                using var file = outputPath is null ? null : Create(outputPath);
                WriteAll(writer, context, file ?? output);
            }

            if (outputPath is not null)
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

    /// <summary>A writer of a whole run writes once; a writer of one document writes each report after the other.</summary>
    private static void WriteAll(ReportWriter writer, ReportWriterContext context, TextWriter target)
    {
        if (writer.Scope == ReportWriterScope.Run)
        {
            writer.Write(context, target);
            return;
        }

        for (var i = 0; i < context.Reports.Count; i++)
        {
            writer.Write(context.ForReport(i), target);
        }
    }

    private static void WriteDirectory(ReportWriter writer, ReportWriterContext context, string directory)
    {
        Directory.CreateDirectory(directory);
        for (var i = 0; i < context.Reports.Count; i++)
        {
            var name = Path.GetFileNameWithoutExtension(context.Reports[i].Document?.FilePath ?? context.Reports[i].Report.StrategyId);
            using var file = Create(Path.Combine(directory, $"{name}.{writer.FileExtension}"));
            writer.Write(context.ForReport(i), file);
        }
    }

    private static StreamWriter Create(string path) => new(path, append: false, Utf8) { NewLine = "\n" };
}
