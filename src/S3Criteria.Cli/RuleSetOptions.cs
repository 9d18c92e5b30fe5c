using System.CommandLine;
using S3Criteria.Diagnostics;
using S3Criteria.Engine;
using S3Criteria.Writers.Escaping;
using S3Criteria.Localization;

namespace S3Criteria.Cli;

/// <summary>The options every command that loads rules shares: <c>--rules</c>, <c>--with-built-in</c> and <c>--set</c>.</summary>
internal sealed class RuleSetOptions
{
    public Option<string[]> Rules { get; } = new("--rules") { Description = "A rule file or directory to use instead of the built-in rules (repeatable)." };

    public Option<bool> WithBuiltIn { get; } = new("--with-built-in") { Description = "Also load the built-in rules when --rules is given." };

    public Option<string[]> Set { get; } = new("--set") { Description = "Override a rule parameter: --set name=value (repeatable)." };

    public void AddTo(Command command)
    {
        command.Options.Add(Rules);
        command.Options.Add(WithBuiltIn);
        command.Options.Add(Set);
    }

    /// <summary>Loads the rules; on problems writes them to <paramref name="error"/> and returns <see langword="null"/>.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="error">Where problems go.</param>
    /// <param name="compilation">Interpreted (the default) starts fastest for one-shot commands; compiled pays off over many evaluations.</param>
    /// <param name="config">The configuration file's values, if any: the command line's options override them, and its parameter values come before <c>--set</c>.</param>
    public RuleSet? Load(ParseResult parse, TextWriter error, RuleCompilation compilation = RuleCompilation.Interpreted, CliConfig? config = null)
    {
        IReadOnlyList<string> rules = Given(parse, Rules) ? parse.GetValue(Rules) ?? [] : config?.Rules ?? [];
        var withBuiltIn = Given(parse, WithBuiltIn) ? parse.GetValue(WithBuiltIn) : config?.WithBuiltIn ?? false;
        var builder = new RuleSetBuilder().WithCompilation(compilation);
        foreach (var (name, value) in config?.Parameters ?? [])
        {
            builder.SetParameter(name, value);
        }

        if (rules.Count == 0 || withBuiltIn)
        {
            builder.AddBuiltInRules();
        }

        foreach (var path in rules)
        {
            if (Directory.Exists(path))
            {
                builder.AddDirectory(path);
            }
            else
            {
                builder.AddFile(path);
            }
        }

        foreach (var assignment in parse.GetValue(Set) ?? [])
        {
            var equals = assignment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                error.WriteLine($"error: --set '{assignment}' must be written name=value.");
                return null;
            }

            builder.SetParameter(assignment[..equals].Trim(), assignment[(equals + 1)..]);
        }

        var loaded = builder.TryBuild();
        if (!loaded.Success)
        {
            WriteDiagnostics(error, "The rules could not be loaded", loaded.Diagnostics);
        }

        return loaded.Value;
    }

    /// <summary>Whether an option was given on the command line (not left to its default).</summary>
    public static bool Given(ParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };

    public static void WriteDiagnostics(TextWriter error, string title, IReadOnlyList<Diagnostic> diagnostics, string? language = null)
    {
        var labels = Labels.For(language);
        error.WriteLine(TerminalEscaping.Text(labels.Format("cli.problems", ("title", title), ("count", diagnostics.Count))));
        foreach (var diagnostic in diagnostics)
        {
            // A diagnostic quotes the input it is about: no control character of it reaches the terminal.
            var text = labels.Language == Languages.English ? diagnostic.ToString() : Translated(diagnostic, labels);
            error.WriteLine(TerminalEscaping.Text(text));
        }
    }

    /// <summary>A diagnostic as <see cref="Diagnostic.ToString"/> writes it, with its message in the language of <paramref name="labels"/>.</summary>
    private static string Translated(Diagnostic diagnostic, Labels labels) =>
        (diagnostic.Location is null ? string.Empty : diagnostic.Location + ": ") + "error " + diagnostic.Code + ": "
        + (string.IsNullOrEmpty(diagnostic.Path) ? string.Empty : diagnostic.Path + ": ") + labels.Diagnostic(diagnostic);
}
