using System.CommandLine;
using System.Globalization;
using S3Criteria.Documents;
using S3Criteria.Evaluation;
using S3Criteria.Localization;
using S3Criteria.Reports;
using S3Criteria.Waivers;

namespace S3Criteria.Cli;

/// <summary><c>s3criteria diff</c>: evaluates two drafts of a strategy and says what got fulfilled, what regressed, and what is new.</summary>
internal static class DiffCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var before = new Argument<string>("before") { Description = "The earlier draft." };
        var after = new Argument<string>("after") { Description = "The later draft." };
        var date = new Option<string?>("--date") { Description = "Evaluate both as of this date (YYYY-MM-DD) instead of today." };
        var format = new Option<string>("--format", "-f") { Description = $"Output format: {string.Join(", ", DiffOutput.Formats)}.", DefaultValueFactory = _ => "console" };
        format.AcceptOnlyFromAmong(DiffOutput.Formats);
        var waivers = new Option<string?>("--waivers") { Description = "A waiver file applied to both drafts, as check applies it." };
        var language = LanguageOption.Create();
        var ruleOptions = new RuleSetOptions();
        var command = new Command("diff", ExitCodes.Describe("Compare two drafts of a strategy: criteria fulfilled or regressed, findings fixed and new. A regression (exit code 1) is a criterion that was fulfilled or not applicable before and is not fulfilled after; a change to or from cannot assess is reported as assessability changed, not as a regression."));
        command.Arguments.Add(before);
        command.Arguments.Add(after);
        command.Options.Add(date);
        command.Options.Add(format);
        command.Options.Add(waivers);
        command.Options.Add(language);
        ruleOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!LanguageOption.TryRead(parse.GetValue(language), error, out var code))
            {
                return ExitCodes.BadInput;
            }

            var options = new ComplianceEvaluatorOptions { Language = code };
            if (parse.GetValue(date) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
                {
                    CliError.Write(error, Labels.For(code).Format("cli.bad-date", ("option", "--date"), ("value", text)));
                    return ExitCodes.BadInput;
                }

                options.EvaluationDate = asOf;
            }

            if (parse.GetValue(waivers) is { } waiverFile)
            {
                try
                {
                    options.Waivers = WaiverSet.Load(waiverFile);
                }
                catch (WaiverFileException exception)
                {
                    RuleSetOptions.WriteDiagnostics(error, "The waivers could not be loaded", exception.Diagnostics);
                    return ExitCodes.BadInput;
                }
            }

            var ruleSet = ruleOptions.Load(parse, error);
            var old = Load(parse.GetValue(before)!, error, code);
            var @new = Load(parse.GetValue(after)!, error, code);
            if (ruleSet is null || old is null || @new is null)
            {
                return ExitCodes.BadInput;
            }

            var evaluator = new ComplianceEvaluator(ruleSet, options);
            var comparison = ReportComparison.Compare(evaluator.Evaluate(old), evaluator.Evaluate(@new));
            DiffOutput.Write(comparison, parse.GetValue(format) ?? "console", output, code);
            return comparison.HasRegression ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    private static StrategyDocument? Load(string path, TextWriter error, string? language)
    {
        var loaded = StrategyFiles.TryLoad(path);
        if (!loaded.Success)
        {
            RuleSetOptions.WriteDiagnostics(error, Labels.For(language).Format("cli.could-not-be-loaded", ("name", path)), loaded.Diagnostics, language);
        }

        return loaded.Value;
    }
}
