using System.CommandLine;
using S3Criteria.Diagnostics;
using S3Criteria.Testing;
using S3Criteria.Writers.Escaping;

namespace S3Criteria.Cli;

/// <summary><c>s3criteria test</c>: runs rule-test files and reports pass or fail per case.</summary>
internal static class TestCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var path = new Argument<string>("path") { Description = "A rule-test file (*.tests.yaml) or a directory of them." };
        var ruleOptions = new RuleSetOptions();
        var coverage = new Option<bool>("--require-coverage") { Description = "Fail unless every rule has a case where it fires and one where it does not." };
        var command = new Command("test", ExitCodes.Describe("Run rule tests: small strategies and the findings expected of named rules (see docs/rule-tests.md)."));
        command.Arguments.Add(path);
        ruleOptions.AddTo(command);
        command.Options.Add(coverage);
        command.SetAction(parse =>
        {
            var target = parse.GetValue(path)!;
            if (!File.Exists(target) && !Directory.Exists(target))
            {
                error.WriteLine($"error: '{target}' does not exist.");
                return ExitCodes.BadInput;
            }

            var ruleSet = ruleOptions.Load(parse, error);
            if (ruleSet is null)
            {
                return ExitCodes.BadInput;
            }

            var run = new RuleTestRunner(ruleSet).Run(target);
            if (run.Diagnostics.Count > 0)
            {
                RuleSetOptions.WriteDiagnostics(error, "The rule tests could not be read", run.Diagnostics);
                return ExitCodes.BadInput;
            }

            foreach (var result in run.Cases)
            {
                output.WriteLine(TerminalEscaping.Text($"{(result.Passed ? "PASS" : "FAIL")} {result.Location}: {result.Name}"));
                foreach (var failure in result.Failures)
                {
                    output.WriteLine($"     {TerminalEscaping.Text(failure)}");
                }
            }

            var passed = run.Cases.Count(c => c.Passed);
            output.WriteLine();
            output.WriteLine($"{passed} of {EnglishCount.Of(run.Cases.Count, "case")} passed.");
            var uncovered = run.RulesWithoutFiringCase.Count + run.RulesWithoutNotFiringCase.Count > 0;
            if (run.RulesWithoutFiringCase.Count > 0)
            {
                output.WriteLine(TerminalEscaping.Text($"Rules without a case where they fire: {string.Join(", ", run.RulesWithoutFiringCase)}."));
            }

            if (run.RulesWithoutNotFiringCase.Count > 0)
            {
                output.WriteLine(TerminalEscaping.Text($"Rules without a case where they do not fire: {string.Join(", ", run.RulesWithoutNotFiringCase)}."));
            }

            return run.Passed && !(parse.GetValue(coverage) && uncovered) ? ExitCodes.Success : ExitCodes.Findings;
        });
        return command;
    }
}
