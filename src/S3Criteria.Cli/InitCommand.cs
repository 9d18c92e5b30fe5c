using System.CommandLine;
using S3Criteria.Office;

namespace S3Criteria.Cli;

/// <summary><c>s3criteria init</c>: writes a commented strategy document, or a strategy workbook, to start from.</summary>
internal static class InitCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var path = new Argument<string?>("path") { Description = "The file to write (strategy.yaml, or strategy.xlsx with --format xlsx).", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string?>("--format", "-f") { Description = "yaml: a commented YAML document; xlsx: a workbook with a sheet per collection, drop-downs and comments. Default: from the file's extension, else yaml." };
        format.AcceptOnlyFromAmong("yaml", "xlsx");
        var force = new Option<bool>("--force") { Description = "Overwrite the file if it exists." };
        var command = new Command("init", ExitCodes.Describe("Write a strategy document template to start from: a commented YAML document, or a spreadsheet workbook (--format xlsx)."));
        command.Arguments.Add(path);
        command.Options.Add(format);
        command.Options.Add(force);
        command.SetAction(parse =>
        {
            var given = parse.GetValue(path);
            var workbook = parse.GetValue(format) is { } chosen ? chosen == "xlsx" : given is not null && StrategyWorkbook.IsWorkbook(given);
            var target = given ?? (workbook ? "strategy.xlsx" : "strategy.yaml");
            if (File.Exists(target) && !parse.GetValue(force))
            {
                error.WriteLine($"error: '{target}' exists; use --force to overwrite it.");
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
                error.WriteLine($"error: '{target}' cannot be written: {exception.Message}");
                return ExitCodes.BadInput;
            }

            var fill = workbook ? "Fill in its sheets (the Read me sheet explains them)" : "Fill it in";
            error.WriteLine($"Wrote {target}. {fill}, then run: s3criteria check {target}");
            return ExitCodes.Success;
        });
        return command;
    }
}
