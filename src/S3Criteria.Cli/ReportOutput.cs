using S3Criteria.Diagnostics;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Localization;
using S3Criteria.Office;
using S3Criteria.Reports;
using S3Criteria.Writers;

namespace S3Criteria.Cli;

/// <summary>
/// Writes the reports of a run with the writer of the chosen format (<see cref="ReportWriterRegistry.Default"/>), to
/// standard output, a file, or a directory of files (one per document, for formats that write one document each).
/// Files are written atomically (<see cref="AtomicFile"/>), so a failed write keeps the old report; nothing is written
/// when no document loaded; status lines go to standard error. Decides what only a command line knows: whether the
/// terminal wants colour, and the directory paths are relative to.
/// </summary>
internal static class ReportOutput
{
    /// <returns><see langword="false"/> when the output cannot be written (the problem is on <paramref name="error"/>).</returns>
    public static bool Write(
        IReadOnlyList<(StrategyDocument Document, ComplianceReport Report)> results,
        RuleSet ruleSet,
        string format,
        string? outputPath,
        TextWriter output,
        TextWriter error,
        Func<string, Stream>? create = null) =>
        Write(results, [], ruleSet, [new OutputTarget(format, outputPath)], new ReportWriterOptions(), output, error, create);

    /// <summary>Writes every target of a run: each format to its file, at most one to standard output.</summary>
    /// <returns><see langword="false"/> when an output cannot be written (the problem is on <paramref name="error"/>; the other targets are still written).</returns>
    public static bool Write(
        IReadOnlyList<(StrategyDocument Document, ComplianceReport Report)> results,
        IReadOnlyList<Diagnostic> loadFailures,
        RuleSet ruleSet,
        IReadOnlyList<OutputTarget> targets,
        ReportWriterOptions options,
        TextWriter output,
        TextWriter error,
        Func<string, Stream>? create = null)
    {
        var ok = true;
        foreach (var target in targets)
        {
            ok &= WriteOne(results, loadFailures, ruleSet, target, options, output, error, create);
        }

        return ok;
    }

    private static bool WriteOne(
        IReadOnlyList<(StrategyDocument Document, ComplianceReport Report)> results,
        IReadOnlyList<Diagnostic> loadFailures,
        RuleSet ruleSet,
        OutputTarget target,
        ReportWriterOptions settings,
        TextWriter output,
        TextWriter error,
        Func<string, Stream>? create)
    {
        var (format, outputPath) = (target.Format, target.Path);
        var status = settings.Quiet ? TextWriter.Null : error;
        var writer = OfficeReportWriters.Registry.Get(format);
        if (results.Count == 0 && !writer.ReportsLoadFailures)
        {
            var words = Labels.For(settings.Language);
            error.WriteLine(outputPath is null
                ? words.Format("cli.no-report", ("format", format))
                : words.Format("cli.no-report-left", ("format", format), ("path", outputPath)));
            return true;
        }

        var options = new ReportWriterOptions
        {
            // The caller's UseColour says whether colour is allowed at all (no --no-color); only a terminal gets it.
            UseColour = outputPath is null && Terminal.WantsColour(output, settings.UseColour),
            ConsoleWidth = outputPath is null ? Terminal.Width(output) : 0,
            Quiet = settings.Quiet,
            Verbose = settings.Verbose,
            BaseDirectory = Environment.CurrentDirectory,
            Language = settings.Language,
            FailOn = settings.FailOn,
            IncludePassingResults = settings.IncludePassingResults,
            Baseline = settings.Baseline,
            CsvSeparator = settings.CsvSeparator,
        };
        var context = new ReportWriterContext(results.Select(r => new ReportEntry(r.Report, r.Document)), ruleSet, options, loadFailures);
        var labels = Labels.For(context.Language);
        var onePerFile = writer.Scope == ReportWriterScope.Document && results.Count > 1;
        if (onePerFile && outputPath is null)
        {
            CliError.Write(error, labels.Format("cli.needs-directory", ("format", format)));
            return false;
        }

        try
        {
            if (onePerFile)
            {
                var names = OutputNames.For([.. results.Select(r => r.Document.FilePath ?? r.Report.StrategyId)]);
                Directory.CreateDirectory(outputPath!);
                for (var i = 0; i < results.Count; i++)
                {
                    var one = context.ForReport(i);
                    AtomicFile.Write(Path.Combine(outputPath!, $"{names[i]}.{writer.FileExtension}"), stream => writer.Write(one, stream), create);
                }

                var listed = string.Join(", ", names.Take(5).Select(n => $"{n}.{writer.FileExtension}")) + (names.Count > 5 ? labels.Format("cli.and-more", ("count", names.Count - 5)) : string.Empty);
                status.WriteLine(labels.Format("cli.wrote-reports-each", ("count", results.Count), ("path", outputPath), ("names", listed)));
            }
            else if (outputPath is not null)
            {
                AtomicFile.Write(outputPath, stream => WriteAll(writer, context, stream), create);
                status.WriteLine(labels.Format("cli.wrote-reports", ("count", results.Count), ("path", outputPath)));
            }
            else if (writer.IsBinary)
            {
                // Only to a redirected standard output (a pipe or a file): the check command refuses a terminal.
                using var stdout = Console.OpenStandardOutput();
                WriteAll(writer, context, stdout);
            }
            else
            {
                WriteAll(writer, context, output);
            }

            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            CliError.Write(error, outputPath is null
                ? labels.Format("cli.cannot-write-stdout", ("reason", exception.Message))
                : labels.Format("cli.cannot-write", ("path", outputPath), ("reason", exception.Message)));
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

    private static void WriteAll(ReportWriter writer, ReportWriterContext context, Stream target)
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
}
