using System.CommandLine;

namespace S3Criteria.Cli;

/// <summary><c>s3criteria init</c>: writes a commented strategy document to start from.</summary>
internal static class InitCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var path = new Argument<string>("path") { Description = "The file to write.", DefaultValueFactory = _ => "strategy.yaml" };
        var force = new Option<bool>("--force") { Description = "Overwrite the file if it exists." };
        var command = new Command("init", ExitCodes.Describe("Write a commented strategy document template to start from."));
        command.Arguments.Add(path);
        command.Options.Add(force);
        command.SetAction(parse =>
        {
            var target = parse.GetValue(path)!;
            if (File.Exists(target) && !parse.GetValue(force))
            {
                error.WriteLine($"error: '{target}' exists; use --force to overwrite it.");
                return ExitCodes.BadInput;
            }

            using var stream = typeof(InitCommand).Assembly.GetManifestResourceStream("S3Criteria.Cli.Templates.strategy-template.yaml")!;
            using var reader = new StreamReader(stream);
            try
            {
                File.WriteAllText(target, reader.ReadToEnd());
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: '{target}' cannot be written: {exception.Message}");
                return ExitCodes.BadInput;
            }

            output.WriteLine($"Wrote {target}. Fill it in, then run: s3criteria check {target}");
            return ExitCodes.Success;
        });
        return command;
    }
}
