using System.Globalization;
using S3Criteria.Model;

namespace S3Criteria.Writers;

/// <summary>
/// The problems of a run that CI annotations show: every open (not waived) finding, every rule error and every problem
/// of a document that could not be loaded, each located at its node (<see cref="FindingLocations"/>), in the order of the
/// reports. Findings in the baseline are kept, marked as not failing.
/// </summary>
internal static class CiIssues
{
    /// <summary>The problems of the context's reports and load failures.</summary>
    public static IEnumerable<CiIssue> Of(ReportWriterContext context)
    {
        foreach (var problem in context.LoadFailures)
        {
            var file = problem.Location?.FilePath is { } path ? DocumentPaths.Relative(path, context.BaseDirectory) : null;
            var line = problem.Location?.Line ?? 1;
            var column = problem.Location?.Column;
            yield return new CiIssue(
                true,
                null,
                file,
                line,
                column,
                problem.Code,
                $"{problem.Code} document could not be loaded",
                problem.Message,
                SarifText.Hash(problem.Code, file ?? string.Empty, line.ToString(CultureInfo.InvariantCulture), (column ?? 0).ToString(CultureInfo.InvariantCulture), problem.Message));
        }

        foreach (var entry in context.Reports)
        {
            var report = entry.Report;
            var document = report.Provenance.DocumentPath is { } path ? DocumentPaths.Relative(path, context.BaseDirectory) : null;
            foreach (var finding in report.Findings.Where(f => !f.IsWaived))
            {
                var at = FindingLocations.Of(entry, context.RuleSet, finding.RuleId, finding.Subject);
                var file = at?.FilePath is { } subjectFile ? DocumentPaths.Relative(subjectFile, context.BaseDirectory) : document;
                var unchanged = context.Baseline?.StateOf(report, finding) == BaselineState.Unchanged;
                yield return new CiIssue(
                    context.Fails(report, finding),
                    finding.Severity,
                    file,
                    at?.Line ?? 1,
                    at?.Column,
                    finding.RuleId,
                    Title(finding.RuleId, finding.Subject),
                    unchanged ? $"{finding.Message} (unchanged: in the baseline)" : finding.Message,
                    FindingFingerprint.Of(report, finding));
            }

            foreach (var error in report.Errors)
            {
                var at = FindingLocations.Of(entry, context.RuleSet, error.RuleId, error.Subject);
                var severity = context.RuleSet.FindRule(error.RuleId)?.Severity;
                yield return new CiIssue(
                    true,
                    severity,
                    at?.FilePath is { } errorFile ? DocumentPaths.Relative(errorFile, context.BaseDirectory) : document,
                    at?.Line ?? 1,
                    at?.Column,
                    error.RuleId,
                    $"{Title(error.RuleId, error.Subject)} could not be evaluated",
                    error.Message,
                    SarifText.Hash("error", error.RuleId, report.StrategyId, error.Subject is { } s ? Naming.EnumName(s.Kind) : "strategy", error.Subject?.Id ?? report.StrategyId));
            }
        }
    }

    private static string Title(string ruleId, Reports.Subject? subject) =>
        subject is null || subject.Kind == SubjectKind.Strategy ? ruleId : $"{ruleId} {Naming.EnumName(subject.Kind)} {subject.Id}";
}
