using System.CommandLine;
using System.Globalization;
using S3Criteria.Documents;
using S3Criteria.Evaluation;
using S3Criteria.Reports;
using S3Criteria.Writers;
using S3Criteria.Writers.Escaping;

namespace S3Criteria.Cli;

/// <summary><c>s3criteria diff</c>: evaluates two drafts of a strategy and says what got fulfilled, what regressed, and what is new.</summary>
internal static class DiffCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var before = new Argument<string>("before") { Description = "The earlier draft." };
        var after = new Argument<string>("after") { Description = "The later draft." };
        var date = new Option<string?>("--date") { Description = "Evaluate both as of this date (YYYY-MM-DD) instead of today." };
        var ruleOptions = new RuleSetOptions();
        var command = new Command("diff", ExitCodes.Describe("Compare two drafts of a strategy: criteria fulfilled or regressed, findings fixed and new. A regression (exit code 1) is a criterion that was fulfilled or not applicable before and is not fulfilled after; a change to or from cannot assess is reported as assessability changed, not as a regression."));
        command.Arguments.Add(before);
        command.Arguments.Add(after);
        command.Options.Add(date);
        ruleOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var options = new ComplianceEvaluatorOptions();
            if (parse.GetValue(date) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
                {
                    error.WriteLine($"error: --date '{text}' is not a date written YYYY-MM-DD.");
                    return ExitCodes.BadInput;
                }

                options.EvaluationDate = asOf;
            }

            var ruleSet = ruleOptions.Load(parse, error);
            var old = Load(parse.GetValue(before)!, error);
            var @new = Load(parse.GetValue(after)!, error);
            if (ruleSet is null || old is null || @new is null)
            {
                return ExitCodes.BadInput;
            }

            var evaluator = new ComplianceEvaluator(ruleSet, options);
            return Compare(evaluator.Evaluate(old), evaluator.Evaluate(@new), output);
        });
        return command;
    }

    private static int Compare(ComplianceReport before, ComplianceReport after, TextWriter output)
    {
        var comparison = ReportComparison.Compare(before, after);
        output.WriteLine($"{T(before.StrategyTitle)}: {ReportLabels.Verdict(before.Verdict)} -> {T(after.StrategyTitle)}: {ReportLabels.Verdict(after.Verdict)}");
        foreach (var criterion in comparison.Criteria.Where(c => c.Change != CriterionChange.Unchanged))
        {
            output.WriteLine($"  {Label(criterion.Change)}: {criterion.CriterionId} {Label(criterion.Before)} -> {Label(criterion.After)}");
        }

        foreach (var rule in comparison.ChangedRules)
        {
            output.WriteLine($"  {rule.RuleId} [{ReportLabels.Severity(rule.Severity)}] {Label(rule.Before)} -> {Label(rule.After)}");
            foreach (var finding in rule.Findings.Where(f => f.Change != FindingChange.StillOpen))
            {
                var change = finding.Change == FindingChange.AssessabilityChanged ? $"assessability changed ({Label(finding.Before)} -> {Label(finding.After)})" : Label(finding.Change);
                output.WriteLine($"    {change}: {T(ReportLabels.Subject(finding.Subject))}: {T(finding.Message)}");
            }
        }

        output.WriteLine($"{comparison.Fixed} fixed, {comparison.New} new, {comparison.AssessabilityChanged} assessability changed, {comparison.StillOpen} still open.");
        return comparison.HasRegression ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static string T(string text) => TerminalEscaping.Text(text);

    private static string Label(Verdict? verdict) => verdict is { } value ? ReportLabels.Verdict(value) : "absent";

    private static string Label(RuleOutcome? outcome) => outcome switch
    {
        null => "absent",
        RuleOutcome.CannotAssess => "cannot-assess",
        RuleOutcome.NotApplicable => "not-applicable",
        { } value => value.ToString().ToLowerInvariant(),
    };

    private static string Label(FindingStatus? status) => status == FindingStatus.CannotAssess ? "cannot assess" : status is null ? "none" : "failed";

    private static string Label(CriterionChange change) => change switch
    {
        CriterionChange.AssessabilityChanged => "assessability changed",
        _ => change.ToString().ToLowerInvariant(),
    };

    private static string Label(FindingChange change) => change == FindingChange.StillOpen ? "still open" : change.ToString().ToLowerInvariant();

    private static StrategyDocument? Load(string path, TextWriter error)
    {
        var loaded = StrategyFiles.TryLoad(path);
        if (!loaded.Success)
        {
            RuleSetOptions.WriteDiagnostics(error, $"{path} could not be loaded", loaded.Diagnostics);
        }

        return loaded.Value;
    }
}
