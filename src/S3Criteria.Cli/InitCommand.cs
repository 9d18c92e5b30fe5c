using System.CommandLine;
using S3Criteria.Localization;
using S3Criteria.Office;
using S3Criteria.Writers.Escaping;

namespace S3Criteria.Cli;

/// <summary>
/// <c>s3criteria init</c>: writes a commented strategy document, or a strategy workbook, to start from. Its messages are
/// in the language of <c>--language</c> (English by default); the template itself is in English.
/// </summary>
internal static class InitCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var path = new Argument<string?>("path") { Description = "The file to write (strategy.yaml, or strategy.xlsx with --format xlsx).", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string?>("--format", "-f") { Description = "yaml: a commented YAML document; xlsx: a workbook with a sheet per collection, drop-downs and comments. Default: from the file's extension, else yaml." };
        format.AcceptOnlyFromAmong("yaml", "xlsx");
        var force = new Option<bool>("--force") { Description = "Overwrite the file if it exists." };
        var language = LanguageOption.Create("Language of the messages (the template is in English)");
        var command = new Command("init", ExitCodes.Describe("Write a strategy document template to start from: a commented YAML document, or a spreadsheet workbook (--format xlsx)."));
        command.Arguments.Add(path);
        command.Options.Add(format);
        command.Options.Add(force);
        command.Options.Add(language);
        command.SetAction(parse =>
        {
            if (!LanguageOption.TryRead(parse.GetValue(language), error, out var code))
            {
                return ExitCodes.BadInput;
            }

            var labels = Labels.For(code);
            var given = parse.GetValue(path);
            var workbook = parse.GetValue(format) is { } chosen ? chosen == "xlsx" : given is not null && StrategyWorkbook.IsWorkbook(given);
            var target = given ?? (workbook ? "strategy.xlsx" : "strategy.yaml");
            if (File.Exists(target) && !parse.GetValue(force))
            {
                CliError.Write(error, labels.Format("cli.exists", ("path", target)));
                return ExitCodes.BadInput;
            }

            try
            {
                using var file = File.Create(target);
                if (workbook)
                {
                    StrategyWorkbook.WriteTemplate(file);
                }
                else
                {
                    using var stream = typeof(InitCommand).Assembly.GetManifestResourceStream("S3Criteria.Cli.Templates.strategy-template.yaml")!;
                    stream.CopyTo(file);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                CliError.Write(error, labels.Format("cli.cannot-write-file", ("path", target), ("reason", exception.Message)));
                return ExitCodes.BadInput;
            }

            error.WriteLine(TerminalEscaping.Text(labels.Format(workbook ? "cli.wrote-workbook-template" : "cli.wrote-template", ("path", target))));
            return ExitCodes.Success;
        });
        return command;
    }
}
