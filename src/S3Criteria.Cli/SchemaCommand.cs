using System.CommandLine;

namespace S3Criteria.Cli;

/// <summary><c>s3criteria schema</c>: writes the JSON Schemas of strategy documents, rule files, the JSON report, the JSON forecast, waiver files and rule-test files.</summary>
internal static class SchemaCommand
{
    private const string Prefix = "S3Criteria.Cli.Schemas.";

    // Every schema in the repository's schemas/ folder is embedded (S3Criteria.Cli.csproj); that folder is the one list.
    private static readonly string[] Names =
        [.. typeof(SchemaCommand).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Select(n => n[Prefix.Length..]).Order(StringComparer.Ordinal)];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var directory = new Option<string>("--output", "-o") { Description = "The directory to write the schemas to.", DefaultValueFactory = _ => "schemas" };
        var command = new Command("schema", ExitCodes.Describe("Write the JSON Schemas (draft 2020-12) of strategy documents, rule files, the JSON report, the JSON forecast, waiver files and rule-test files, for editors: put '# yaml-language-server: $schema=<path>/strategy.schema.json' on the first line of a document."));
        command.Options.Add(directory);
        command.SetAction(parse =>
        {
            var target = parse.GetValue(directory)!;
            try
            {
                Directory.CreateDirectory(target);
                foreach (var name in Names)
                {
                    using var stream = typeof(SchemaCommand).Assembly.GetManifestResourceStream(Prefix + name)!;
                    using var file = File.Create(Path.Combine(target, name));
                    stream.CopyTo(file);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: the schemas cannot be written to '{target}': {exception.Message}");
                return ExitCodes.BadInput;
            }

            error.WriteLine($"Wrote {string.Join(", ", Names)} to {target}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
