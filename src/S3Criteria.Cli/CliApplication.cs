using System.CommandLine;
using S3Criteria.Writers.Escaping;

namespace S3Criteria.Cli;

/// <summary>Builds the command line and runs it; separate from <see cref="Program"/> so tests can run it in process.</summary>
internal static class CliApplication
{
    /// <summary>An internal error's message is cut after this many characters: it may quote input.</summary>
    private const int MaxMessageLength = 500;

    /// <summary>Runs a command line and returns its exit code (<see cref="ExitCodes"/>); never throws.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="input">Opens standard input (for <c>check -</c>); the console's when <see langword="null"/>.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<Stream>? input = null)
    {
        try
        {
            var root = new RootCommand(ExitCodes.Describe("Checks smart specialisation strategies against enabling condition 1.1 of Regulation (EU) 2021/1060 (Annex IV)."));
            root.Subcommands.Add(CheckCommand.Create(output, error, input ?? Console.OpenStandardInput));
            root.Subcommands.Add(TestCommand.Create(output, error));
            root.Subcommands.Add(RulesCommand.Create(output, error));
            root.Subcommands.Add(ExplainCommand.Create(output, error));
            root.Subcommands.Add(DiffCommand.Create(output, error));
            root.Subcommands.Add(ForecastCommand.Create(output, error));
            root.Subcommands.Add(InitCommand.Create(output, error));
            root.Subcommands.Add(ConvertCommand.Create(output, error));
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

            // Exceptions come here, not to System.CommandLine's handler, which prints the stack trace and exits with 1.
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
#pragma warning disable CA1031 // The top-level guard: whatever escapes a command is a defect, reported as exit code 3.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return InternalError(exception, error);
        }
    }

    /// <summary>Says briefly what failed, never with a stack trace, and returns <see cref="ExitCodes.InternalError"/>.</summary>
    private static int InternalError(Exception exception, TextWriter error)
    {
        while (exception is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            exception = aggregate.InnerExceptions[0];
        }

        try
        {
            var message = TerminalEscaping.Text(exception.Message);
            error.WriteLine($"internal error: {exception.GetType().Name}: {(message.Length > MaxMessageLength ? message[..MaxMessageLength] + " ..." : message)}");
            error.WriteLine("This is a defect of s3criteria, not of your input. Please report it with the command line that caused it.");
        }
#pragma warning disable CA1031 // Standard error itself failed: nothing is left to tell, the exit code says it.
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        return ExitCodes.InternalError;
    }
}
