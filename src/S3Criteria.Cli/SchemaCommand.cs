using System.CommandLine;

namespace S3Criteria.Cli;

/// <summary><c>s3criteria schema</c>: writes the JSON Schemas of strategy documents, rule files, the JSON report and the JSON forecast.</summary>
internal static class SchemaCommand
{
    private static readonly string[] Names = ["strategy.schema.json", "rules.schema.json", "report.schema.json", "forecast.schema.json"];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var directory = new Option<string>("--output", "-o") { Description = "The directory to write the schemas to.", DefaultValueFactory = _ => "schemas" };
        var command = new Command("schema", "Write the JSON Schemas (draft 2020-12) of strategy documents, rule files, the JSON report and the JSON forecast, for editors: put '# yaml-language-server: $schema=<path>/strategy.schema.json' on the first line of a document.");
        command.Options.Add(directory);
        command.SetAction(parse =>
        {
            var target = parse.GetValue(directory)!;
            try
            {
                Directory.CreateDirectory(target);
                foreach (var name in Names)
                {
                    using var stream = typeof(SchemaCommand).Assembly.GetManifestResourceStream($"S3Criteria.Cli.Schemas.{name}")!;
                    using var file = File.Create(Path.Combine(target, name));
                    stream.CopyTo(file);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: the schemas cannot be written to '{target}': {exception.Message}");
                return ExitCodes.BadInput;
            }

            output.WriteLine($"Wrote {string.Join(", ", Names)} to {target}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
