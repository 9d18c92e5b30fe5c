using System.CommandLine;
using S3Criteria.Cli.Output;
using S3Criteria.Documents;
using S3Criteria.Evaluation;
using S3Criteria.Reporting;
using S3Criteria.Rules;

namespace S3Criteria.Cli;

/// <summary><c>s3criteria check</c>: evaluates strategy documents and prints or writes the reports.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var documents = new Argument<string[]>("documents") { Description = "Strategy documents (.yaml, .yml or .json), or directories holding them.", Arity = ArgumentArity.OneOrMore };
        var ruleOptions = new RuleSetOptions();
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "console" };
        format.AcceptOnlyFromAmong("console", "json");
        var outputPath = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var failOn = new Option<string>("--fail-on") { Description = "Exit with 1 when a finding has this severity or higher.", DefaultValueFactory = _ => "blocking" };
        failOn.AcceptOnlyFromAmong("info", "advisory", "blocking", "none");
        var date = new Option<string?>("--date") { Description = "Evaluate as of this date (YYYY-MM-DD) instead of today." };
        var waivers = new Option<string?>("--waivers") { Description = "A waiver file: matching findings are reported as waived and do not fail the run until they expire." };

        var command = new Command("check", "Check strategy documents against the rules and report per criterion.");
        command.Arguments.Add(documents);
        ruleOptions.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(outputPath);
        command.Options.Add(failOn);
        command.Options.Add(date);
        command.Options.Add(waivers);
        command.SetAction(parse => Run(
            parse,
            ruleOptions,
            new CheckSettings(
                parse.GetValue(documents) ?? [],
                parse.GetValue(format) ?? "console",
                parse.GetValue(outputPath),
                parse.GetValue(failOn) ?? "blocking",
                parse.GetValue(date),
                parse.GetValue(waivers)),
            output,
            error));
        return command;
    }

    private static int Run(ParseResult parse, RuleSetOptions ruleOptions, CheckSettings settings, TextWriter output, TextWriter error)
    {
        var options = new ComplianceEvaluatorOptions();
        if (settings.Date is not null)
        {
            if (!DateOnly.TryParseExact(settings.Date, "yyyy-MM-dd", out var asOf))
            {
                error.WriteLine($"error: --date '{settings.Date}' is not a date written YYYY-MM-DD.");
                return ExitCodes.BadInput;
            }

            options.TimeProvider = new FixedDateTimeProvider(asOf);
        }

        if (settings.Waivers is not null)
        {
            try
            {
                options.Waivers = S3Criteria.Waivers.WaiverSet.Load(settings.Waivers);
            }
            catch (S3Criteria.Waivers.WaiverFileException exception)
            {
                RuleSetOptions.WriteDiagnostics(error, "The waivers could not be loaded", exception.Diagnostics);
                return ExitCodes.BadInput;
            }
        }

        var ruleSet = ruleOptions.Load(parse, error);
        if (ruleSet is null)
        {
            return ExitCodes.BadInput;
        }

        var files = ExpandDocuments(settings.Documents, error);
        if (files is null)
        {
            return ExitCodes.BadInput;
        }

        var evaluator = new ComplianceEvaluator(ruleSet, options);
        var reports = new List<ComplianceReport>();
        var failed = false;
        foreach (var file in files)
        {
            var document = StrategyDocument.TryLoad(file);
            if (!document.Success)
            {
                RuleSetOptions.WriteDiagnostics(error, $"{file} could not be loaded", document.Diagnostics);
                failed = true;
                continue;
            }

            reports.Add(evaluator.Evaluate(document.Document!));
        }

        if (failed)
        {
            return ExitCodes.BadInput;
        }

        using var target = settings.Output is null ? null : new StreamWriter(settings.Output);
        var writer = target ?? output;
        foreach (var report in reports)
        {
            if (settings.Format == "json")
            {
                writer.Write(ComplianceReportJson.Serialize(report));
            }
            else
            {
                ConsoleReportWriter.Write(report, writer, useColour: target is null && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null && ReferenceEquals(output, Console.Out));
            }
        }

        if (target is not null)
        {
            output.WriteLine($"Wrote {reports.Count} report(s) to {settings.Output}.");
        }

        if (settings.FailOn == "none")
        {
            return ExitCodes.Success;
        }

        var threshold = settings.FailOn switch { "info" => Severity.Info, "advisory" => Severity.Advisory, _ => Severity.Blocking };
        return reports.Any(r => r.Findings.Any(f => f.Severity >= threshold && !f.IsWaived)) ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static List<string>? ExpandDocuments(IEnumerable<string> paths, TextWriter error)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                    .Where(f => Path.GetExtension(f).ToUpperInvariant() is ".YAML" or ".YML" or ".JSON")
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                error.WriteLine($"error: the strategy document '{path}' does not exist.");
                return null;
            }
        }

        return files;
    }

    private sealed record CheckSettings(string[] Documents, string Format, string? Output, string FailOn, string? Date, string? Waivers);

    private sealed class FixedDateTimeProvider(DateOnly date) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }
}
