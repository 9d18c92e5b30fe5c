using System.CommandLine;
using System.Text;
using S3Criteria.Documents;
using S3Criteria.Office;

namespace S3Criteria.Cli;

/// <summary>
/// <c>s3criteria convert</c>: writes a strategy document in another format (YAML, JSON or an .xlsx workbook) without
/// loss: what the model holds survives; comments of a YAML document are not data and are dropped.
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
        var command = new Command("convert", ExitCodes.Describe("Convert a strategy document between YAML, JSON and the .xlsx workbook, without loss (YAML comments are dropped). Exit code 0: written."));
        command.Arguments.Add(input);
        command.Arguments.Add(target);
        command.Options.Add(to);
        command.Options.Add(force);
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(target)!, parse.GetValue(to), parse.GetValue(force), output, error));
        return command;
    }

    private static int Run(string input, string target, string? to, bool force, TextWriter output, TextWriter error)
    {
        var format = to ?? FormatOf(target);
        if (format is null)
        {
            error.WriteLine($"error: the format of '{target}' is not known from its extension; name it .yaml, .json or .xlsx, or give --to.");
            return ExitCodes.BadInput;
        }

        if (!File.Exists(input))
        {
            error.WriteLine($"error: the strategy document '{input}' does not exist.");
            return ExitCodes.BadInput;
        }

        if (File.Exists(target) && !force)
        {
            error.WriteLine($"error: '{target}' exists; use --force to overwrite it.");
            return ExitCodes.BadInput;
        }

        var loaded = StrategyFiles.TryLoad(input);
        if (!loaded.Success)
        {
            RuleSetOptions.WriteDiagnostics(error, $"{input} could not be loaded", loaded.Diagnostics);
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
                RuleSetOptions.WriteDiagnostics(error, $"{input} cannot be written as a workbook without loss", problems);
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
            error.WriteLine($"error: '{target}' cannot be written: {exception.Message}");
            return ExitCodes.BadInput;
        }

        error.WriteLine($"Wrote {target} ({format}) from {input}.");
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
