using System.CommandLine;
using S3Criteria.Diagnostics;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Evaluation;
using S3Criteria.Localization;
using S3Criteria.Office;
using S3Criteria.Reports;

namespace S3Criteria.Cli;

/// <summary>
/// <c>s3criteria check</c>: evaluates one or many strategy documents (files, directories or glob patterns) in
/// parallel against one compiled rule set, and writes the reports in the chosen format.
/// </summary>
internal static partial class CheckCommand
{
    /// <summary>The formats of <c>--format</c>: those of the report writers' registry, with the Word and Excel ones.</summary>
    public static IReadOnlyList<string> Formats => OfficeReportWriters.Registry.Formats;

    public static Command Create(TextWriter output, TextWriter error, Func<Stream>? input = null)
    {
        input ??= Console.OpenStandardInput;
        var documents = new Argument<string[]>("documents") { Description = "Strategy documents (.yaml, .yml, .json or .xlsx), '-' for one document on standard input, directories holding them, or glob patterns such as 'drafts/**/*.yaml'. From a directory or pattern only strategy documents are checked, recognised by their content; a file named here is always loaded.", Arity = ArgumentArity.OneOrMore };
        var ruleOptions = new RuleSetOptions();
        var format = new Option<string[]>("--format", "-f")
        {
            Description = $"Output format, repeatable: FORMAT writes to --output or standard output (at most one may), FORMAT=PATH to a file (a directory for per-document formats with several documents). Formats: {string.Join(", ", Formats)}. Default: console.",
            AllowMultipleArgumentsPerToken = false,
        };
        format.CompletionSources.Add(_ => Formats.Select(f => new System.CommandLine.Completions.CompletionItem(f)));
        var outputPath = new Option<string?>("--output", "-o") { Description = "Write the report of the --format without a path to this file (a directory for html and self-assessment formats with several documents)." };
        var failOn = new Option<string>("--fail-on") { Description = "Exit with 1 when an open (not waived) finding has this severity or higher, or a rule of this severity or higher could not be evaluated.", DefaultValueFactory = _ => "blocking" };
        failOn.AcceptOnlyFromAmong("info", "advisory", "blocking", "none");
        var date = new Option<string?>("--date") { Description = "Evaluate as of this date (YYYY-MM-DD) instead of today." };
        var waivers = new Option<string?>("--waivers") { Description = "A waiver file: matching findings are reported as waived and do not fail the run until they expire." };
        var baseline = new Option<string?>("--baseline") { Description = "A JSON report of an earlier run: every finding is still reported, marked new or unchanged, but only new ones at or above --fail-on fail the run." };
        var includePasses = new Option<bool>("--sarif-include-passes") { Description = "Also write passed and not-applicable rules as SARIF results (kind pass / notApplicable); by default SARIF holds findings only." };
        var csvSeparator = new Option<string>("--csv-separator") { Description = "Cell separator of self-assessment-csv: ';' (default, as spreadsheets in most EU locales expect), ',' or a tab ('\\t' or 'tab').", DefaultValueFactory = _ => ";" };
        var language = LanguageOption.Create();
        var console = new ConsoleOptions();
        var exclude = new Option<string[]>("--exclude") { Description = "Leave out files of directories and patterns that match this glob (repeatable): a name such as 'drafts' or '*.old.yaml' at any depth, or a path such as 'samples/legacy/**'.", AllowMultipleArgumentsPerToken = false };
        var stdinName = new Option<string>("--stdin-name") { Description = "The name of the document read from standard input ('-'), in reports and locations.", DefaultValueFactory = _ => "<stdin>" };
        var configPath = new Option<string?>("--config") { Description = $"The configuration file to use instead of the {ConfigFile.FileName} found in the current directory or its parents (up to the repository's root). Options given here override it." };

        var command = new Command("check", ExitCodes.Describe("Check strategy documents against the rules and report per criterion."));
        command.Arguments.Add(documents);
        ruleOptions.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(outputPath);
        command.Options.Add(failOn);
        command.Options.Add(date);
        command.Options.Add(waivers);
        command.Options.Add(baseline);
        command.Options.Add(includePasses);
        command.Options.Add(csvSeparator);
        command.Options.Add(language);
        console.AddTo(command);
        command.Options.Add(exclude);
        command.Options.Add(stdinName);
        command.Options.Add(configPath);
        command.SetAction(parse =>
        {
            if (!TryLoadConfig(parse.GetValue(configPath), error, out var config))
            {
                return ExitCodes.BadInput;
            }

            // An option given on the command line wins over the configuration file, which wins over the default.
            T Pick<T>(Option<T> option, T? configured) => RuleSetOptions.Given(parse, option) || configured is null ? parse.GetValue(option)! : configured;
            var consoleSettings = console.Read(parse);
            consoleSettings = consoleSettings with
            {
                Quiet = RuleSetOptions.Given(parse, console.Quiet) ? consoleSettings.Quiet : config?.Quiet ?? false,
                Verbose = RuleSetOptions.Given(parse, console.Verbose) ? consoleSettings.Verbose : config?.Verbose ?? false,
            };
            if (config is not null && consoleSettings.Verbose)
            {
                error.WriteLine(Labels.For(Pick(language, config.Language)).Format("cli.using-config", ("path", config.Path)));
            }

            return Run(
                parse,
                ruleOptions,
                input,
                config,
                new CheckSettings(
                    parse.GetValue(documents) ?? [],
                    RuleSetOptions.Given(parse, format) ? parse.GetValue(format) ?? [] : [.. config?.Formats ?? []],
                    parse.GetValue(outputPath),
                    Pick(failOn, config?.FailOn) ?? "blocking",
                    Pick(date, config?.Date),
                    Pick(waivers, config?.Waivers),
                    Pick(baseline, config?.Baseline),
                    parse.GetValue(includePasses),
                    Pick(language, config?.Language),
                    consoleSettings,
                    [.. config?.Exclude ?? [], .. parse.GetValue(exclude) ?? []],
                    parse.GetValue(stdinName) ?? "<stdin>",
                    parse.GetValue(csvSeparator) ?? ";"),
                output,
                error);
        });
        return command;
    }

    /// <summary>Reads the configuration file named by <c>--config</c>, or the one found from the current directory up.</summary>
    /// <returns><see langword="false"/> when the file has problems (they are on <paramref name="error"/>) or a named file does not exist.</returns>
    private static bool TryLoadConfig(string? named, TextWriter error, out CliConfig? config)
    {
        config = null;
        if (named is not null && !File.Exists(named))
        {
            error.WriteLine($"error: the configuration file '{named}' does not exist.");
            return false;
        }

        var path = named ?? ConfigFile.Find(Directory.GetCurrentDirectory());
        if (path is null)
        {
            return true;
        }

        var diagnostics = new List<Diagnostic>();
        config = ConfigFile.Read(path, diagnostics);
        if (config is null)
        {
            RuleSetOptions.WriteDiagnostics(error, $"The configuration file {path} could not be loaded", diagnostics);
            return false;
        }

        return true;
    }

    private static int Run(ParseResult parse, RuleSetOptions ruleOptions, Func<Stream> input, CliConfig? config, CheckSettings settings, TextWriter output, TextWriter error)
    {
        if (!LanguageOption.TryRead(settings.Language, error, out var language))
        {
            return ExitCodes.BadInput;
        }

        settings = settings with { Language = language };
        var problems = new List<string>();
        var targets = OutputTarget.Parse(settings.Formats, settings.Output, Formats, "console", problems);
        BinaryTargets(targets, output, problems);
        var separator = CsvSeparator(settings.CsvSeparator, problems);
        foreach (var problem in problems)
        {
            error.WriteLine($"error: {problem}");
        }

        var options = EvaluatorOptions(settings, error);
        var writerOptions = WriterOptions(settings, error);
        if (writerOptions is not null && separator is { } chosen)
        {
            writerOptions.CsvSeparator = chosen;
        }

        if (problems.Count > 0 || options is null || writerOptions is null)
        {
            return ExitCodes.BadInput;
        }

        var status = settings.Console.Quiet ? TextWriter.Null : error;
        var files = DocumentFiles.Expand(settings.Documents, settings.Exclude, error, status, Labels.For(settings.Language));
        if (files is null)
        {
            return ExitCodes.BadInput;
        }

        // A few documents: interpreted conditions start fastest; a batch pays back the JIT (see tests/S3Criteria.Benchmarks).
        var ruleSet = ruleOptions.Load(parse, error, files.Count > 8 ? RuleCompilation.Compiled : RuleCompilation.Interpreted, config);
        if (ruleSet is null)
        {
            return ExitCodes.BadInput;
        }

        var evaluator = new ComplianceEvaluator(ruleSet, options);
        var results = new (LoadResult<StrategyDocument> Loaded, ComplianceReport? Report)[files.Count];
        var progress = files.Count > 1 && !settings.Console.Quiet && ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        var fromInput = files.Contains(DocumentFiles.StandardInput) ? ReadInput(input, settings.StdinName) : null;
        var done = 0;
        Parallel.For(0, files.Count, i =>
        {
            var loaded = files[i] == DocumentFiles.StandardInput ? fromInput! : StrategyFiles.TryLoad(files[i]);
            results[i] = (loaded, loaded.Success ? evaluator.Evaluate(loaded.Value!) : null);
            var count = Interlocked.Increment(ref done);
            if (progress)
            {
                lock (error)
                {
                    error.Write($"\rChecked {count} of {EnglishCount.Of(files.Count, "document")}");
                }
            }
        });
        if (progress)
        {
            error.WriteLine();
        }

        var badInput = false;
        var loadFailures = new List<Diagnostic>();
        for (var i = 0; i < files.Count; i++)
        {
            if (!results[i].Loaded.Success)
            {
                RuleSetOptions.WriteDiagnostics(error, Labels.For(settings.Language).Format("cli.could-not-be-loaded", ("name", files[i] == DocumentFiles.StandardInput ? settings.StdinName : files[i])), results[i].Loaded.Diagnostics, settings.Language);
                loadFailures.AddRange(results[i].Loaded.Diagnostics);
                badInput = true;
            }
        }

        var evaluated = results.Where(r => r.Report is not null).Select(r => (r.Loaded.Value!, r.Report!)).ToList();
        if (!ReportOutput.Write(evaluated, loadFailures, ruleSet, targets, writerOptions, output, error))
        {
            return ExitCodes.BadInput;
        }

        if (badInput)
        {
            return ExitCodes.BadInput;
        }

        if (settings.FailOn == "none")
        {
            return ExitCodes.Success;
        }

        var threshold = Threshold(settings.FailOn)!.Value;
        return evaluated.Any(r => Fails(r.Item2, threshold, writerOptions.Baseline)) ? ExitCodes.Findings : ExitCodes.Success;
    }
}
