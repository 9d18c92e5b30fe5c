using System.CommandLine;
using S3Criteria.Diagnostics;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Forecasting;
using S3Criteria.Localization;
using S3Criteria.Waivers;
using S3Criteria.Writers;

namespace S3Criteria.Cli;

/// <summary>
/// <c>s3criteria forecast</c>: evaluates each strategy document on every day a result can change, from <c>--from</c> to
/// <c>--until</c>, and writes the timeline per criterion, the changes with their causes and the renewal list.
/// </summary>
internal static class ForecastCommand
{
    /// <summary>The formats of <c>--format</c>: those of the forecast writers' registry.</summary>
    public static IReadOnlyList<string> Formats => ForecastWriterRegistry.Default.Formats;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var documents = new Argument<string[]>("documents") { Description = "Strategy documents (.yaml, .yml or .json), directories holding them, or glob patterns.", Arity = ArgumentArity.OneOrMore };
        var ruleOptions = new RuleSetOptions();
        var from = new Option<string?>("--from") { Description = "First day of the forecast (YYYY-MM-DD); default today." };
        var until = new Option<string?>("--until") { Description = "Last day of the forecast (YYYY-MM-DD); default 2029-12-31, the last day of eligible expenditure for 2021-2027." };
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "console" };
        format.AcceptOnlyFromAmong([.. Formats]);
        var outputPath = new Option<string?>("--output", "-o") { Description = "Write the forecast to this file (a directory for html with several documents)." };
        var waivers = new Option<string?>("--waivers") { Description = "A waiver file: waived findings do not fail; each expiry is a change point." };
        var language = LanguageOption.Create();

        var command = new Command("forecast", ExitCodes.Describe("Forecast when a strategy stops fulfilling the condition, and what to renew before then: evaluates it on every day a result can change (partnership ends, the analysis's age, evidence recency, waiver expiries...), as the document stands. For forecast, exit code 0 means the condition stays fulfilled from --from to --until, 1 that it lapses (or is not fulfilled) before --until."));
        command.Arguments.Add(documents);
        ruleOptions.AddTo(command);
        command.Options.Add(from);
        command.Options.Add(until);
        command.Options.Add(format);
        command.Options.Add(outputPath);
        command.Options.Add(waivers);
        command.Options.Add(language);
        command.SetAction(parse =>
        {
            var settings = new ForecastSettings(
                parse.GetValue(documents) ?? [],
                parse.GetValue(from),
                parse.GetValue(until),
                parse.GetValue(format) ?? "console",
                parse.GetValue(outputPath),
                parse.GetValue(waivers),
                parse.GetValue(language));
            try
            {
                return Run(parse, ruleOptions, settings, output, error);
            }
#pragma warning disable CA1031 // The last resort of the command: a defect is reported as such (exit 3), never as a finding or a stack trace.
            catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
            {
                error.WriteLine($"internal error: {exception.GetType().Name}: {exception.Message}");
                error.WriteLine("This is a defect of s3criteria, not of the document; please report it with the command line and the document.");
                return ExitCodes.InternalError;
            }
        });
        return command;
    }

    private static int Run(ParseResult parse, RuleSetOptions ruleOptions, ForecastSettings settings, TextWriter output, TextWriter error)
    {
        if (!LanguageOption.TryRead(settings.Language, error, out var language))
        {
            return ExitCodes.BadInput;
        }

        settings = settings with { Language = language };
        var options = ForecastOptions(settings, error);
        if (options is null)
        {
            return ExitCodes.BadInput;
        }

        var files = DocumentFiles.Expand(settings.Documents, [], error, error, Labels.For(settings.Language));
        if (files is null)
        {
            return ExitCodes.BadInput;
        }

        // A forecast evaluates each document tens to hundreds of times: compiled conditions pay back their JIT.
        var ruleSet = ruleOptions.Load(parse, error, RuleCompilation.Compiled);
        if (ruleSet is null)
        {
            return ExitCodes.BadInput;
        }

        var forecaster = new ComplianceForecaster(ruleSet, options);
        var results = new (LoadResult<StrategyDocument> Loaded, ComplianceForecast? Forecast)[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var loaded = StrategyDocument.TryLoad(files[i]);
            results[i] = (loaded, loaded.Success ? forecaster.Forecast(loaded.Value!) : null);
        });

        var badInput = false;
        for (var i = 0; i < files.Count; i++)
        {
            if (!results[i].Loaded.Success)
            {
                RuleSetOptions.WriteDiagnostics(error, Labels.For(settings.Language).Format("cli.could-not-be-loaded", ("name", files[i])), results[i].Loaded.Diagnostics, settings.Language);
                badInput = true;
            }
        }

        var forecasts = results.Where(r => r.Forecast is not null).Select(r => (r.Loaded.Value!, r.Forecast!)).ToList();
        if (!ForecastOutput.Write(forecasts, settings.Format, settings.Output, output, error, settings.Language) || badInput)
        {
            return ExitCodes.BadInput;
        }

        return forecasts.All(f => f.Item2.IsFulfilledThroughout) ? ExitCodes.Success : ExitCodes.Findings;
    }

    private static ComplianceForecastOptions? ForecastOptions(ForecastSettings settings, TextWriter error)
    {
        var options = new ComplianceForecastOptions { Language = settings.Language };
        if (settings.From is not null)
        {
            if (!TryDate("--from", settings.From, error, settings.Language, out var first))
            {
                return null;
            }

            options.From = first;
        }

        if (settings.Until is not null)
        {
            if (!TryDate("--until", settings.Until, error, settings.Language, out var last))
            {
                return null;
            }

            options.Until = last;
        }

        var start = options.From ?? DateOnly.FromDateTime(options.TimeProvider.GetUtcNow().UtcDateTime);
        if (start > options.Until)
        {
            CliError.Write(error, Labels.For(settings.Language).Format("cli.from-after-until", ("from", start), ("until", options.Until)));
            return null;
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

        // Fix the first day now, so that every document of the run starts on the same day.
        options.From = start;
        return options;
    }

    private static bool TryDate(string option, string text, TextWriter error, string? language, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out date))
        {
            return true;
        }

        CliError.Write(error, Labels.For(language).Format("cli.bad-date", ("option", option), ("value", text)));
        return false;
    }

    private sealed record ForecastSettings(string[] Documents, string? From, string? Until, string Format, string? Output, string? Waivers, string? Language);
}
