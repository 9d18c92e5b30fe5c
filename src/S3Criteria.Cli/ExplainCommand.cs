using System.CommandLine;
using S3Criteria.Model;
using S3Criteria.Writers;
using S3Criteria.Writers.Escaping;

namespace S3Criteria.Cli;

/// <summary><c>s3criteria explain</c>: what a rule checks, its parameters, its source and its references.</summary>
internal static class ExplainCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var id = new Argument<string>("rule-id") { Description = "The rule's identifier, such as C7-01." };
        var ruleOptions = new RuleSetOptions();
        var command = new Command("explain", ExitCodes.Describe("Explain a rule: what it checks, why, what to do when it fails, its parameters and references."));
        command.Arguments.Add(id);
        ruleOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var ruleSet = ruleOptions.Load(parse, error);
            if (ruleSet is null)
            {
                return ExitCodes.BadInput;
            }

            var ruleId = parse.GetValue(id)!;
            if (ruleSet.FindRule(ruleId) is not { } rule)
            {
                var close = ruleSet.Rules.Select(r => r.Id).Where(other => other.StartsWith(ruleId.Length > 2 ? ruleId[..2] : ruleId, StringComparison.OrdinalIgnoreCase)).Take(5).ToList();
                error.WriteLine($"error: no rule '{ruleId}'.{(close.Count > 0 ? $" Rules with a similar id: {string.Join(", ", close)}." : string.Empty)} Run 's3criteria rules list' to see them all.");
                return ExitCodes.BadInput;
            }

            var criterion = ruleSet.Criteria.First(c => c.Id == rule.CriterionId);
            output.WriteLine(T($"{rule.Id}: {rule.Title}"));
            output.WriteLine(T($"  criterion:      {criterion.Id} {criterion.Title}{(criterion.LegalBasis is null ? string.Empty : $" ({criterion.LegalBasis})")}"));
            output.WriteLine(T($"  severity:       {rule.Severity.ToString().ToLowerInvariant()}"));
            output.WriteLine(T($"  checks:         {(rule.SubjectKind == SubjectKind.Strategy ? "the strategy as a whole" : $"each {ReportLabels.Kind(rule.SubjectKind)}")}"));
            if (rule.AppliesWhen is not null)
            {
                output.WriteLine(T($"  applies when:   {rule.AppliesWhen}"));
            }

            output.WriteLine(T($"  requires:       {rule.Require}"));
            output.WriteLine(T($"  message:        {rule.Message}"));
            if (rule.Rationale is not null)
            {
                output.WriteLine(T($"  why:            {rule.Rationale}"));
            }

            if (rule.Recommendation is not null)
            {
                output.WriteLine(T($"  what to do:     {rule.Recommendation}"));
            }

            foreach (var name in rule.Parameters)
            {
                var parameter = ruleSet.Parameters.First(p => p.Name == name);
                output.WriteLine(T($"  parameter:      {name} = {parameter.Value}{(parameter.IsOverridden ? $" (default {parameter.DefaultValue})" : string.Empty)}{(parameter.Description is null ? string.Empty : $": {parameter.Description.Trim()}")}"));
            }

            foreach (var reference in rule.References)
            {
                output.WriteLine(T($"  reference:      {reference}"));
            }

            output.WriteLine(T($"  defined at:     {rule.Source}"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string T(string text) => TerminalEscaping.Text(text);
}
