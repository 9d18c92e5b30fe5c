using System.Globalization;
using S3Criteria.Diagnostics;
using S3Criteria.Documents;
using S3Criteria.Evaluation;
using S3Criteria.Localization;
using S3Criteria.Office;
using S3Criteria.Reports;
using S3Criteria.Rules;
using S3Criteria.Waivers;
using S3Criteria.Writers;

namespace S3Criteria.Cli;

// The settings of one check run, checked and turned into the evaluator's and the writers' options.
internal static partial class CheckCommand
{
    /// <summary>A binary format (Word, Excel) without a path would go to standard output: refused on a terminal.</summary>
    private static void BinaryTargets(IReadOnlyList<OutputTarget> targets, TextWriter output, List<string> problems)
    {
        var redirected = ReferenceEquals(output, Console.Out) && Console.IsOutputRedirected;
        foreach (var target in targets.Where(t => t.Path is null && OfficeReportWriters.Registry.Get(t.Format).IsBinary && !redirected))
        {
            var extension = OfficeReportWriters.Registry.Get(target.Format).FileExtension;
            problems.Add($"--format {target.Format} writes a binary file, not text for a terminal: give it a file (--format {target.Format}=self-assessment.{extension}, or --output FILE).");
        }
    }

    /// <summary>The value of <c>--csv-separator</c>: one character, a comma, a semicolon or a tab.</summary>
    private static char? CsvSeparator(string value, List<string> problems)
    {
        var separator = value switch { "\\t" or "tab" => "\t", _ => value };
        if (separator is [var one and (',' or ';' or '\t')])
        {
            return one;
        }

        problems.Add($"--csv-separator '{value}' is not one of ';', ',' or a tab ('\\t' or 'tab'): it takes one character.");
        return null;
    }

    /// <summary>Reads the one document of standard input, within the limits of a file.</summary>
    private static LoadResult<StrategyDocument> ReadInput(Func<Stream> input, string name)
    {
        using var stream = input();
        return StrategyDocument.TryLoad(stream, name);
    }

    private static Severity? Threshold(string failOn) =>
        failOn switch { "none" => null, "info" => Severity.Info, "advisory" => Severity.Advisory, _ => Severity.Blocking };

    private static ReportWriterOptions? WriterOptions(CheckSettings settings, TextWriter error)
    {
        var options = new ReportWriterOptions
        {
            Language = settings.Language,
            FailOn = Threshold(settings.FailOn),
            IncludePassingResults = settings.IncludePasses,
            UseColour = !settings.Console.NoColour,
            Quiet = settings.Console.Quiet,
            Verbose = settings.Console.Verbose,
        };
        if (settings.Baseline is not null)
        {
            var loaded = ReportBaseline.TryLoad(settings.Baseline);
            if (!loaded.Success)
            {
                RuleSetOptions.WriteDiagnostics(error, "The baseline could not be loaded", loaded.Diagnostics);
                return null;
            }

            options.Baseline = loaded.Value;
        }

        return options;
    }

    /// <summary>
    /// Whether a report fails the run: an open finding at or above the threshold (with a baseline, only one the
    /// baseline does not have), or a rule at or above it that could not be evaluated, whose criterion therefore cannot
    /// be assessed.
    /// </summary>
    internal static bool Fails(ComplianceReport report, Severity threshold, ReportBaseline? baseline = null) =>
        report.Findings.Any(f => f.Severity >= threshold && !f.IsWaived && (baseline is null || baseline.StateOf(report, f) == BaselineState.New))
        || report.Rules.Any(r => r.Outcome == RuleOutcome.Error && r.Severity >= threshold);

    private static ComplianceEvaluatorOptions? EvaluatorOptions(CheckSettings settings, TextWriter error)
    {
        var options = new ComplianceEvaluatorOptions { Language = settings.Language };
        if (settings.Date is not null)
        {
            if (!DateOnly.TryParseExact(settings.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
            {
                CliError.Write(error, Labels.For(settings.Language).Format("cli.bad-date", ("option", "--date"), ("value", settings.Date)));
                return null;
            }

            options.EvaluationDate = asOf;
        }

        if (settings.Waivers is not null)
        {
            try
            {
                options.Waivers = WaiverSet.Load(settings.Waivers);
            }
            catch (WaiverFileException exception)
            {
                RuleSetOptions.WriteDiagnostics(error, "The waivers could not be loaded", exception.Diagnostics);
                return null;
            }
        }

        return options;
    }

    private sealed record CheckSettings(string[] Documents, string[] Formats, string? Output, string FailOn, string? Date, string? Waivers, string? Baseline, bool IncludePasses, string? Language, ConsoleSettings Console, string[] Exclude, string StdinName, string CsvSeparator);
}
