using System.CommandLine;

namespace S3Criteria.Cli;

/// <summary>The options of how a command writes to the console: <c>--quiet</c>, <c>--verbose</c> and <c>--no-color</c>.</summary>
internal sealed class ConsoleOptions
{
    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print only open findings, the verdicts and the summary: no passed rules, no waived findings, no status lines (errors still go to standard error)." };

    public Option<bool> Verbose { get; } = new("--verbose") { Description = "List each finding's references (URLs); without it the console says how many there are." };

    public Option<bool> NoColour { get; } = new("--no-color") { Description = "No colours, even on a terminal (as does the NO_COLOR environment variable). Colours are used only when standard output is a terminal." };

    public void AddTo(Command command)
    {
        command.Options.Add(Quiet);
        command.Options.Add(Verbose);
        command.Options.Add(NoColour);
    }

    public ConsoleSettings Read(ParseResult parse) => new(parse.GetValue(Quiet), parse.GetValue(Verbose), parse.GetValue(NoColour));
}
