using System.CommandLine;
using S3Criteria.Diagnostics;
using S3Criteria.Engine;

namespace S3Criteria.Cli;

/// <summary><c>s3criteria rules list|validate</c>: what the rules are, and whether rule files load.</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("rules", ExitCodes.Describe("List the rules, or validate rule files."));
        command.Subcommands.Add(List(output, error));
        command.Subcommands.Add(Validate(output, error));
        return command;
    }

    private static Command List(TextWriter output, TextWriter error)
    {
        var ruleOptions = new RuleSetOptions();
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown");
        var command = new Command("list", ExitCodes.Describe("List the rules: id, criterion, severity and what each checks."));
        ruleOptions.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var ruleSet = ruleOptions.Load(parse, error);
            if (ruleSet is null)
            {
                return ExitCodes.BadInput;
            }

            output.Write(parse.GetValue(format) == "markdown" ? RuleTable.Markdown(ruleSet) : RuleTable.Text(ruleSet));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Validate(TextWriter output, TextWriter error)
    {
        var path = new Argument<string[]>("paths") { Description = "Rule files or directories.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", ExitCodes.Describe("Load and type-check rule files without evaluating anything; every problem is located."));
        command.Arguments.Add(path);
        command.SetAction(parse =>
        {
            var builder = new RuleSetBuilder();
            foreach (var target in parse.GetValue(path) ?? [])
            {
                if (Directory.Exists(target))
                {
                    builder.AddDirectory(target);
                }
                else
                {
                    builder.AddFile(target);
                }
            }

            var loaded = builder.TryBuild();
            if (!loaded.Success)
            {
                RuleSetOptions.WriteDiagnostics(error, "The rules are not valid", loaded.Diagnostics);
                return ExitCodes.BadInput;
            }

            output.WriteLine($"The rules are valid: {EnglishCount.Of(loaded.Value!.Rules.Count, "rule")} in {EnglishCount.Of(loaded.Value.Criteria.Count, "criterion", "criteria")}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
