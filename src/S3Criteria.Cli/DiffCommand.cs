using System.CommandLine;
using System.Globalization;
using S3Criteria.Documents;
using S3Criteria.Evaluation;
using S3Criteria.Reports;
using S3Criteria.Writers;

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
        var command = new Command("diff", "Compare two drafts of a strategy: criteria fulfilled or regressed, findings fixed and new.\n\nExit codes: 0 nothing regressed; 1 a criterion's verdict got worse or a new blocking finding appeared; 2 bad input.");
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
        output.WriteLine($"{before.StrategyTitle}: {ReportLabels.Verdict(before.Verdict)} -> {after.StrategyTitle}: {ReportLabels.Verdict(after.Verdict)}");
        var regressed = false;
        foreach (var criterion in after.Criteria)
        {
            var earlier = before.Criteria.FirstOrDefault(c => c.CriterionId == criterion.CriterionId);
            if (earlier is null || earlier.Verdict == criterion.Verdict)
            {
                continue;
            }

            var worse = Rank(criterion.Verdict) > Rank(earlier.Verdict);
            regressed |= worse;
            output.WriteLine($"  {(worse ? "regressed" : "improved")}: {criterion.CriterionId} {ReportLabels.Verdict(earlier.Verdict)} -> {ReportLabels.Verdict(criterion.Verdict)}");
        }

        static string Key(Finding f) => $"{f.RuleId}|{f.Subject.Kind}|{f.Subject.Id}|{f.Status}";
        var oldKeys = before.Findings.Where(f => !f.IsWaived).Select(Key).ToHashSet(StringComparer.Ordinal);
        var newKeys = after.Findings.Where(f => !f.IsWaived).Select(Key).ToHashSet(StringComparer.Ordinal);
        foreach (var fixedFinding in before.Findings.Where(f => !f.IsWaived && !newKeys.Contains(Key(f))))
        {
            output.WriteLine($"  fixed: {fixedFinding.RuleId} {ReportLabels.Subject(fixedFinding.Subject)}: {fixedFinding.Message}");
        }

        foreach (var added in after.Findings.Where(f => !f.IsWaived && !oldKeys.Contains(Key(f))))
        {
            regressed |= added.Severity == Rules.Severity.Blocking;
            output.WriteLine($"  new: {added.RuleId} [{ReportLabels.Severity(added.Severity)}] {ReportLabels.Subject(added.Subject)}: {added.Message}");
        }

        var still = after.Findings.Count(f => !f.IsWaived && oldKeys.Contains(Key(f)));
        output.WriteLine($"{oldKeys.Count - still} fixed, {newKeys.Count - still} new, {still} still open.");
        return regressed ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static int Rank(Verdict verdict) => verdict switch
    {
        Verdict.Fulfilled or Verdict.NotApplicable => 0,
        Verdict.CannotAssess => 1,
        _ => 2,
    };

    private static StrategyDocument? Load(string path, TextWriter error)
    {
        var loaded = StrategyDocument.TryLoad(path);
        if (!loaded.Success)
        {
            RuleSetOptions.WriteDiagnostics(error, $"{path} could not be loaded", loaded.Diagnostics);
        }

        return loaded.Value;
    }
}
