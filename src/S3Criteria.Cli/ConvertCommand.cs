using System.CommandLine;
using System.Text;
using S3Criteria.Documents;
using S3Criteria.Localization;
using S3Criteria.Office;
using S3Criteria.Writers.Escaping;

namespace S3Criteria.Cli;

/// <summary>
/// <c>s3criteria convert</c>: writes a strategy document in another format (YAML, JSON or an .xlsx workbook) without
/// loss: what the model holds survives; comments of a YAML document are not data and are dropped. Its messages and
/// the diagnostics of the document are in the language of <c>--language</c> (English by default).
/// </summary>
internal static class ConvertCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = new Argument<string>("input") { Description = "The strategy document to convert (.yaml, .yml, .json or .xlsx)." };
        var target = new Argument<string>("output") { Description = "The file to write; its extension chooses the format unless --to is given." };
        var to = new Option<string?>("--to") { Description = "The format to write: yaml, json or xlsx. Default: from the output file's extension." };
        to.AcceptOnlyFromAmong("yaml", "json", "xlsx");
        var force = new Option<bool>("--force") { Description = "Overwrite the output file if it exists." };
        var language = LanguageOption.Create("Language of the messages and of the document's problems");
        var command = new Command("convert", ExitCodes.Describe("Convert a strategy document between YAML, JSON and the .xlsx workbook, without loss (YAML comments are dropped). Exit code 0: written."));
        command.Arguments.Add(input);
        command.Arguments.Add(target);
        command.Options.Add(to);
        command.Options.Add(force);
        command.Options.Add(language);
        command.SetAction(parse => LanguageOption.TryRead(parse.GetValue(language), error, out var code)
            ? Run(parse.GetValue(input)!, parse.GetValue(target)!, parse.GetValue(to), parse.GetValue(force), code, error)
            : ExitCodes.BadInput);
        return command;
    }

    private static int Run(string input, string target, string? to, bool force, string? language, TextWriter error)
    {
        var labels = Labels.For(language);
        var format = to ?? FormatOf(target);
        if (format is null)
        {
            CliError.Write(error, labels.Format("cli.format-unknown", ("path", target)));
            return ExitCodes.BadInput;
        }

        if (!File.Exists(input))
        {
            CliError.Write(error, labels.Format("cli.document-missing", ("path", input)));
            return ExitCodes.BadInput;
        }

        if (File.Exists(target) && !force)
        {
            CliError.Write(error, labels.Format("cli.exists", ("path", target)));
            return ExitCodes.BadInput;
        }

        var loaded = StrategyFiles.TryLoad(input);
        if (!loaded.Success)
        {
            RuleSetOptions.WriteDiagnostics(error, labels.Format("cli.could-not-be-loaded", ("name", input)), loaded.Diagnostics, language);
            return ExitCodes.BadInput;
        }

        var strategy = loaded.Value!.Strategy;
        byte[] bytes;
        if (format == "xlsx")
        {
            using var stream = new MemoryStream();
            var problems = StrategyWorkbook.Write(strategy, stream);
            if (problems.Count > 0)
            {
                RuleSetOptions.WriteDiagnostics(error, labels.Format("cli.workbook-loss", ("name", input)), problems, language);
                return ExitCodes.BadInput;
            }

            bytes = stream.ToArray();
        }
        else
        {
            var syntax = format == "json" ? StrategyDocumentFormat.Json : StrategyDocumentFormat.Yaml;
            bytes = new UTF8Encoding(false).GetBytes(StrategyDocumentWriter.Write(strategy, syntax));
        }

        try
        {
            File.WriteAllBytes(target, bytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            CliError.Write(error, labels.Format("cli.cannot-write-file", ("path", target), ("reason", exception.Message)));
            return ExitCodes.BadInput;
        }

        error.WriteLine(TerminalEscaping.Text(labels.Format("cli.wrote-converted", ("path", target), ("format", format), ("input", input))));
        return ExitCodes.Success;
    }

    private static string? FormatOf(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".YAML" or ".YML" => "yaml",
        ".JSON" => "json",
        ".XLSX" => "xlsx",
        _ => null,
    };
}
