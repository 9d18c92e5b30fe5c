using S3Criteria.Reports;
using S3Criteria.Writers.Escaping;

namespace S3Criteria.Writers;

/// <summary>
/// The <c>markdown</c> format, for pull-request comments: per report a verdict table, then findings per criterion,
/// details folded; several reports follow one another. Every text from the report is escaped with
/// <see cref="MarkdownEscaping"/>, so the comment shows it as text and it cannot link, embed or mention.
/// </summary>
internal sealed class MarkdownReportWriter : ReportWriter
{
    public override string Format => "markdown";

    public override string FileExtension => "md";

    public override ReportWriterScope Scope => ReportWriterScope.Run;

    public override void Write(ReportWriterContext context, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var entry in context.Reports)
        {
            WriteReport(entry.Report, writer);
        }
    }

    private static void WriteReport(ComplianceReport report, TextWriter writer)
    {
        var provenance = report.Provenance;
        writer.WriteLine($"## {Escape(report.StrategyTitle)} ({Escape(report.RegionCode)}): {ReportLabels.Verdict(report.Verdict)}");
        writer.WriteLine();
        writer.WriteLine($"Rule set {MarkdownEscaping.Code(provenance.RuleSetId)} {Escape(provenance.RuleSetVersion)}, evaluated {provenance.EvaluationDate:yyyy-MM-dd}. {report.Findings.Count(f => !f.IsWaived)} open finding(s), {report.Findings.Count(f => f.IsWaived)} waived.");
        writer.WriteLine();
        writer.WriteLine("| criterion | verdict | improvements | rules passed | rules failed |");
        writer.WriteLine("|---|---|---|---|---|");
        foreach (var criterion in report.Criteria)
        {
            writer.WriteLine($"| {Escape(criterion.CriterionId)} {Escape(criterion.Title)} | **{ReportLabels.Verdict(criterion.Verdict)}** | {criterion.Improvements} | {criterion.RulesPassed} | {criterion.RulesFailed} |");
        }

        foreach (var criterion in report.Criteria)
        {
            var findings = report.Findings.Where(f => f.CriterionId == criterion.CriterionId).ToList();
            if (findings.Count == 0)
            {
                continue;
            }

            writer.WriteLine();
            writer.WriteLine($"### {Escape(criterion.CriterionId)}: {ReportLabels.Verdict(criterion.Verdict)}");
            writer.WriteLine();
            foreach (var finding in findings)
            {
                var waived = finding.IsWaived ? $" *(waived until {finding.Waiver!.Expires:yyyy-MM-dd}: {Escape(finding.Waiver.Reason)})*" : string.Empty;
                writer.WriteLine($"- **{Escape(finding.RuleId)}** `{ReportLabels.Severity(finding.Severity)}` {Escape(ReportLabels.Subject(finding.Subject))}: {Escape(finding.Message)}{waived}");
                if (finding.Recommendation is not null)
                {
                    writer.WriteLine($"  <details><summary>What to do</summary>");
                    writer.WriteLine();
                    writer.WriteLine($"  {MarkdownEscaping.Text(finding.Recommendation)}");
                    writer.WriteLine();
                    if (finding.Parameters.Count > 0)
                    {
                        writer.WriteLine($"  {MarkdownEscaping.Text(ReportLabels.Thresholds(finding))}");
                        writer.WriteLine();
                    }

                    writer.WriteLine($"  References: {string.Join("; ", finding.References.Select(MarkdownEscaping.WebAddress))}");
                    writer.WriteLine("  </details>");
                }
            }
        }

        foreach (var error in report.Errors)
        {
            writer.WriteLine();
            writer.WriteLine($"> Rule {Escape(error.RuleId)} could not be evaluated{(error.Subject is null ? string.Empty : $" for {Escape(ReportLabels.Subject(error.Subject))}")}: {Escape(error.Message)}");
        }

        writer.WriteLine();
    }

    internal static string Escape(string text) => MarkdownEscaping.Inline(text);
}
