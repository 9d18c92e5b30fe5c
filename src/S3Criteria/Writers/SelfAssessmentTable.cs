using System.Text;
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
    private const string Condition = "1.1. Good governance of national or regional smart specialisation strategy";
    private const string Fund = "ERDF";
    private const string SpecificObjectives = "RSO1.1, RSO1.4";

    /// <summary>The column headers.</summary>
    public static readonly IReadOnlyList<string> Headers =
    [
        "Enabling condition", "Fund", "Specific objective", "Fulfilment of the enabling condition", "Criteria",
        "Fulfilment of the criteria", "Reference to relevant documents", "Justification",
    ];

    /// <summary>The rows of the table, one per criterion, as plain text.</summary>
    public static IEnumerable<string[]> Rows(ComplianceReport report)
    {
        var conditionFulfilled = YesNo(report.Verdict);
        var documents = report.Provenance.DocumentPath is { } path
            ? $"{report.StrategyTitle} ({Path.GetFileName(path)}, SHA-256 {report.Provenance.DocumentHash?[..12]})"
            : report.StrategyTitle;
        foreach (var criterion in report.Criteria)
        {
            var fulfilled = YesNo(criterion.Verdict);
            yield return [Condition, Fund, SpecificObjectives, conditionFulfilled, $"{criterion.CriterionId}: {criterion.Title}", fulfilled, documents, Justification(report, criterion)];
        }
    }

    /// <summary>Yes or no; "cannot assess" is never written as either.</summary>
    private static string YesNo(Verdict verdict) => verdict switch
    {
        Verdict.Fulfilled => "Yes",
        Verdict.NotFulfilled => "No",
        Verdict.NotApplicable => "Not relevant",
        _ => "Cannot assess yet (data missing)",
    };

    private static string Justification(ComplianceReport report, CriterionResult criterion)
    {
        var text = new StringBuilder();
        var rules = report.Rules.Where(r => r.CriterionId == criterion.CriterionId).ToList();
        if (criterion.Verdict == Verdict.NotApplicable)
        {
            return "The strategy declares no need for these actions, so the criterion applies only where relevant and is not relevant here.";
        }

        foreach (var rule in rules.Where(r => r.Outcome is RuleOutcome.Passed or RuleOutcome.Waived))
        {
            text.Append(rule.Title);
            if (rule.Evidence.Count > 0)
            {
                text.Append(" (").Append(string.Join("; ", rule.Evidence.Select(e => $"{e.Name}: {e.Value}"))).Append(')');
            }

            text.Append(rule.Outcome == RuleOutcome.Waived ? " [deviation accepted by waiver]. " : ". ");
        }

        var open = report.Findings.Where(f => f.CriterionId == criterion.CriterionId && !f.IsWaived).ToList();
        if (open.Count > 0)
        {
            text.Append("Still to address: ");
            text.Append(string.Join(" ", open.Select(f => $"[{f.RuleId}, {ReportLabels.Severity(f.Severity)}] {f.Message}")));
        }

        return text.ToString().Trim();
    }
}
