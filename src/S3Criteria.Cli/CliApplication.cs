using System.CommandLine;

namespace S3Criteria.Cli;

/// <summary>Builds the command line and runs it; separate from <see cref="Program"/> so tests can run it in process.</summary>
internal static class CliApplication
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Checks smart specialisation strategies against enabling condition 1.1 of Regulation (EU) 2021/1060 (Annex IV).\n\nExit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 bad input or usage.");
        root.Subcommands.Add(CheckCommand.Create(output, error));
        root.Subcommands.Add(TestCommand.Create(output, error));
        root.Subcommands.Add(RulesCommand.Create(output, error));
        root.Subcommands.Add(ExplainCommand.Create(output, error));
        root.Subcommands.Add(DiffCommand.Create(output, error));
        root.Subcommands.Add(ForecastCommand.Create(output, error));
        root.Subcommands.Add(InitCommand.Create(output, error));
        root.Subcommands.Add(SchemaCommand.Create(output, error));
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine($"error: {problem.Message}");
            }

            error.WriteLine("Run 's3criteria --help' for usage.");
            return ExitCodes.BadInput;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
