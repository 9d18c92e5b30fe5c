using System.Text;
using S3Criteria.Localization;
using S3Criteria.Reports;

namespace S3Criteria.Writers;

/// <summary>
/// Writes the self-assessment table in the layout programmes use to report thematic enabling conditions (Table 12 of
/// the programme template, Regulation (EU) 2021/1060, Annex V): per criterion, fulfilment yes/no, the documents
/// relied on, and a justification drafted from the rules that passed and their evidence, or from what is missing.
/// The table's content; <see cref="SelfAssessmentMarkdownWriter"/> and <see cref="SelfAssessmentCsvWriter"/> lay it out.
/// </summary>
internal static class SelfAssessmentTable
{
    private const string SpecificObjectives = "RSO1.1, RSO1.4";

    private static readonly string[] HeaderKeys = ["condition", "fund", "objective", "condition-fulfilled", "criteria", "criteria-fulfilled", "documents", "justification"];

    /// <summary>The column headers, in the language of <paramref name="labels"/>.</summary>
    public static IReadOnlyList<string> Headers(Labels labels) => [.. HeaderKeys.Select(key => labels["self-assessment.header." + key])];

    /// <summary>The rows of the table, one per criterion, as plain text, in the language of <paramref name="labels"/>.</summary>
    public static IEnumerable<string[]> Rows(ComplianceReport report, Labels labels)
    {
        var condition = labels["self-assessment.condition"];
        var fund = labels["self-assessment.fund"];
        var conditionFulfilled = YesNo(report.Verdict, labels);
        var documents = report.Provenance.DocumentPath is { } path
            ? $"{report.StrategyTitle} ({Path.GetFileName(path)}, SHA-256 {report.Provenance.DocumentHash?[..12]})"
            : report.StrategyTitle;
        foreach (var criterion in report.Criteria)
        {
            var fulfilled = YesNo(criterion.Verdict, labels);
            yield return [condition, fund, SpecificObjectives, conditionFulfilled, $"{criterion.CriterionId}: {criterion.Title}", fulfilled, documents, Justification(report, criterion, labels)];
        }
    }

    /// <summary>Yes or no; "cannot assess" is never written as either.</summary>
    private static string YesNo(Verdict verdict, Labels labels) => labels["self-assessment." + verdict switch
    {
        Verdict.Fulfilled => "yes",
        Verdict.NotFulfilled => "no",
        Verdict.NotApplicable => "not-relevant",
        _ => "cannot-assess",
    }];

    private static string Justification(ComplianceReport report, CriterionResult criterion, Labels labels)
    {
        var text = new StringBuilder();
        var rules = report.Rules.Where(r => r.CriterionId == criterion.CriterionId).ToList();
        if (criterion.Verdict == Verdict.NotApplicable)
        {
            return labels["self-assessment.not-relevant-justification"];
        }

        foreach (var rule in rules.Where(r => r.Outcome is RuleOutcome.Passed or RuleOutcome.Waived))
        {
            text.Append(rule.Title);
            if (rule.Evidence.Count > 0)
            {
                text.Append(" (").Append(string.Join("; ", rule.Evidence.Select(e => $"{e.Name}: {e.Value}"))).Append(')');
            }

            text.Append(rule.Outcome == RuleOutcome.Waived ? labels["self-assessment.waived"] : ". ");
        }

        var open = report.Findings.Where(f => f.CriterionId == criterion.CriterionId && !f.IsWaived).ToList();
        if (open.Count > 0)
        {
            text.Append(labels["self-assessment.still-to-address"]);
            text.Append(string.Join(" ", open.Select(f => $"[{f.RuleId}, {ReportLabels.Severity(f.Severity, labels)}] {f.Message}")));
        }

        return text.ToString().Trim();
    }
}
