using S3Criteria.Localization;
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
            WriteReport(entry.Report, writer, context.Labels);
        }
    }

    private static void WriteReport(ComplianceReport report, TextWriter writer, Labels labels)
    {
        var provenance = report.Provenance;
        writer.WriteLine($"## {Escape(report.StrategyTitle)} ({Escape(report.RegionCode)}): {ReportLabels.Verdict(report.Verdict, labels)}");
        writer.WriteLine();
        writer.WriteLine(labels.Format(
            "markdown.summary",
            ("id", MarkdownEscaping.Code(provenance.RuleSetId)),
            ("version", Escape(provenance.RuleSetVersion)),
            ("date", provenance.EvaluationDate),
            ("open", report.Findings.Count(f => !f.IsWaived)),
            ("waived", report.Findings.Count(f => f.IsWaived))));
        writer.WriteLine();
        writer.WriteLine($"| {labels["table.criterion"]} | {labels["table.verdict"]} | {labels["table.improvements"]} | {labels["table.rules-passed"]} | {labels["table.rules-failed"]} |");
        writer.WriteLine("|---|---|---|---|---|");
        foreach (var criterion in report.Criteria)
        {
            writer.WriteLine($"| {Escape(criterion.CriterionId)} {Escape(criterion.Title)} | **{ReportLabels.Verdict(criterion.Verdict, labels)}** | {criterion.Improvements} | {criterion.RulesPassed} | {criterion.RulesFailed} |");
        }

        foreach (var criterion in report.Criteria)
        {
            var findings = report.Findings.Where(f => f.CriterionId == criterion.CriterionId).ToList();
            if (findings.Count == 0)
            {
                continue;
            }

            writer.WriteLine();
            writer.WriteLine($"### {Escape(criterion.CriterionId)}: {ReportLabels.Verdict(criterion.Verdict, labels)}");
            writer.WriteLine();
            foreach (var finding in findings)
            {
                var waived = finding.IsWaived ? $" *({labels.Format("markdown.waived-until", ("date", finding.Waiver!.Expires), ("reason", Escape(finding.Waiver.Reason)))})*" : string.Empty;
                writer.WriteLine($"- **{Escape(finding.RuleId)}** `{ReportLabels.Severity(finding.Severity, labels)}` {Escape(ReportLabels.Subject(finding.Subject, labels))}: {Escape(finding.Message)}{waived}");
                if (finding.Recommendation is not null)
                {
                    writer.WriteLine($"  <details><summary>{labels["report.what-to-do"]}</summary>");
                    writer.WriteLine();
                    writer.WriteLine($"  {MarkdownEscaping.Text(finding.Recommendation)}");
                    writer.WriteLine();
                    if (finding.Parameters.Count > 0)
                    {
                        writer.WriteLine($"  {MarkdownEscaping.Text(ReportLabels.Thresholds(finding, labels))}");
                        writer.WriteLine();
                    }

                    writer.WriteLine($"  {labels["report.references"]}: {string.Join("; ", finding.References.Select(MarkdownEscaping.WebAddress))}");
                    writer.WriteLine("  </details>");
                }
            }
        }

        foreach (var error in report.Errors)
        {
            writer.WriteLine();
            writer.WriteLine("> " + labels.Format(
                "markdown.rule-error",
                ("rule", Escape(error.RuleId)),
                ("subject", error.Subject is null ? string.Empty : labels.Format("markdown.rule-error-for", ("subject", Escape(ReportLabels.Subject(error.Subject, labels))))),
                ("message", Escape(error.Message))));
        }

        writer.WriteLine();
    }

    internal static string Escape(string text) => MarkdownEscaping.Inline(text);
}
