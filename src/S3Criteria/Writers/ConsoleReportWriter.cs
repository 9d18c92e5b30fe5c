using System.Globalization;
using S3Criteria.Localization;
using S3Criteria.Reports;
using S3Criteria.Rules;
using S3Criteria.Writers.Escaping;

namespace S3Criteria.Writers;

/// <summary>
/// The <c>console</c> format, for people at a terminal: per report the overall verdict, then each criterion with its
/// findings and advice; after several reports, a table of them. Colours with ANSI codes when the context asks. Every
/// text from the report is escaped with <see cref="TerminalEscaping"/>, so only the writer's own colours reach the terminal.
/// Lines wrap at <see cref="ReportWriterContext.ConsoleWidth"/> on word boundaries; <see cref="ReportWriterContext.Quiet"/>
/// leaves out passed rules and waived findings; references are listed only when <see cref="ReportWriterContext.Verbose"/>.
/// </summary>
internal sealed class ConsoleReportWriter : ReportWriter
{
    public override string Format => "console";

    public override string FileExtension => "txt";

    public override ReportWriterScope Scope => ReportWriterScope.Run;

    public override void Write(ReportWriterContext context, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        var lines = new ConsoleLines(writer, context.ConsoleWidth);
        foreach (var entry in context.Reports)
        {
            WriteReport(entry.Report, lines, context);
        }

        if (context.Reports.Count > 1)
        {
            SummaryTable(context.Reports, writer, context.Labels);
        }
    }

    private static void SummaryTable(IReadOnlyList<ReportEntry> entries, TextWriter writer, Labels labels)
    {
        writer.WriteLine();
        var names = entries.Select(e => T(e.Name)).ToList();
        string[] columns = [labels["table.document"], labels["table.verdict"], ReportLabels.Severity(Severity.Blocking, labels), ReportLabels.Severity(Severity.Advisory, labels), ReportLabels.Severity(Severity.Info, labels), labels["table.waived"]];
        int[] widths = [Math.Max(Math.Max(8, columns[0].Length), names.Max(n => n.Length)), Math.Max(20, columns[1].Length), Math.Max(8, columns[2].Length), Math.Max(8, columns[3].Length), Math.Max(4, columns[4].Length), Math.Max(6, columns[5].Length)];
        string Row(params string[] cells) =>
            $"{cells[0].PadRight(widths[0])}  {cells[1].PadRight(widths[1])} {cells[2].PadLeft(widths[2])}  {cells[3].PadLeft(widths[3])}  {cells[4].PadLeft(widths[4])}  {cells[5].PadLeft(widths[5])}";
        writer.WriteLine(Row(columns).TrimEnd());
        for (var i = 0; i < entries.Count; i++)
        {
            var report = entries[i].Report;
            var open = report.Findings.Where(f => !f.IsWaived).ToList();
            writer.WriteLine(Row(names[i], ReportLabels.Verdict(report.Verdict, labels), N(open.Count(f => f.Severity == Severity.Blocking)), N(open.Count(f => f.Severity == Severity.Advisory)), N(open.Count(f => f.Severity == Severity.Info)), N(report.Findings.Count(f => f.IsWaived))));
        }
    }

    private static string N(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static void WriteReport(ComplianceReport report, ConsoleLines writer, ReportWriterContext context)
    {
        var useColour = context.UseColour;
        var labels = context.Labels;
        string Paint(string text, string colour) => useColour ? $"\u001b[{colour}m{text}\u001b[0m" : text;
        string VerdictText(Verdict verdict) => Paint(labels["console.verdict." + ReportLabels.VerdictKey(verdict)], verdict switch
        {
            Verdict.Fulfilled => "32",
            Verdict.NotFulfilled => "31",
            Verdict.NotApplicable => "90",
            _ => "35",
        });

        var provenance = report.Provenance;
        writer.Line($"{T(report.StrategyTitle)} ({T(report.RegionCode)})", 2);
        writer.Line(
            labels.Format("report.rule-set", ("id", T(provenance.RuleSetId)), ("version", T(provenance.RuleSetVersion)), ("date", provenance.EvaluationDate))
                + (provenance.DocumentPath is null ? string.Empty : labels.Format("report.document", ("path", T(provenance.DocumentPath)))),
            2);
        writer.Line($"{labels["report.condition"]}: {VerdictText(report.Verdict)}", 2);
        foreach (var criterion in report.Criteria)
        {
            var findings = report.Findings.Where(f => f.CriterionId == criterion.CriterionId && !(context.Quiet && f.IsWaived)).ToList();
            if (context.Quiet && findings.Count == 0)
            {
                continue;
            }

            writer.Blank();
            writer.Line($"{T(criterion.CriterionId)}  {VerdictText(criterion.Verdict)}{ReportLabels.Improvements(criterion, labels)}", 2);
            writer.Line($"  {T(criterion.Title)}", 2);
            foreach (var finding in findings)
            {
                WriteFinding(finding, writer, Paint, context, BaselineMark(report, finding, context));
            }

            if (context.Quiet)
            {
                continue;
            }

            foreach (var rule in report.Rules.Where(r => r.CriterionId == criterion.CriterionId && r.Outcome is RuleOutcome.Passed or RuleOutcome.NotApplicable))
            {
                var state = rule.Outcome == RuleOutcome.Passed ? Paint(labels["console.passed"], "32") : Paint(labels["console.not-applicable"], "90");
                writer.Line($"  {state} {T(rule.RuleId)} {T(rule.Title)}", 6);
            }
        }

        foreach (var failure in report.Errors)
        {
            writer.Line($"{Paint(labels["console.rule-error"], "35")} {T(failure.RuleId)}{(failure.Subject is null ? string.Empty : $" ({ReportLabels.Kind(failure.Subject.Kind, labels)} {T(failure.Subject.Id)})")}: {T(failure.Message)}", 4);
        }

        foreach (var waiver in report.UnusedWaivers)
        {
            writer.Line(
                labels.Format(
                    "console.unused-waiver",
                    ("rule", T(waiver.RuleId)),
                    ("subject", waiver.SubjectId is null ? string.Empty : $" ({T(waiver.SubjectId)})"),
                    ("source", waiver.Source is null ? string.Empty : $" ({T(waiver.Source.ToString())})")),
                4);
        }

        writer.Blank();
        writer.Line(
            labels.Format(
                "console.summary",
                ("findings", report.Findings.Count),
                ("waived", report.Findings.Any(f => f.IsWaived) ? labels.Format("console.summary-waived", ("count", report.Findings.Count(f => f.IsWaived))) : string.Empty),
                ("passed", report.Rules.Count(r => r.Outcome == RuleOutcome.Passed)),
                ("rules", report.Rules.Count)),
            2);
        if (context.Baseline is { } baseline)
        {
            var open = report.Findings.Where(f => !f.IsWaived).ToList();
            var added = open.Count(f => baseline.StateOf(report, f) == BaselineState.New);
            writer.Line(labels.Format("console.baseline-summary", ("new", added), ("unchanged", open.Count - added)), 2);
        }
    }

    /// <summary>With a baseline, an open finding is marked new (it fails the run) or unchanged (it was in the baseline).</summary>
    private static string BaselineMark(ComplianceReport report, Finding finding, ReportWriterContext context) =>
        context.Baseline is not { } baseline || finding.IsWaived
            ? string.Empty
            : $" [{context.Labels[baseline.StateOf(report, finding) == BaselineState.New ? "console.baseline-new" : "console.baseline-unchanged"]}]";

    private static void WriteFinding(Finding finding, ConsoleLines writer, Func<string, string, string> paint, ReportWriterContext context, string baselineMark)
    {
        var labels = context.Labels;
        var verbose = context.Verbose;
        var marker = finding.IsWaived ? paint("~", "90") : finding.Status == FindingStatus.CannotAssess ? paint("?", "35") : finding.Severity switch
        {
            Severity.Blocking => paint("x", "31"),
            Severity.Advisory => paint("!", "33"),
            _ => paint("i", "36"),
        };
        var subject = T(ReportLabels.Subject(finding.Subject, labels));
        writer.Line($"  {marker} {T(finding.RuleId)} [{ReportLabels.Severity(finding.Severity, labels)}]{baselineMark} {subject}: {T(finding.Message)}", 6);
        if (finding.Waiver is { } waiver)
        {
            writer.Line("      " + labels.Format(finding.IsWaived ? "console.waived-until" : "console.waiver-expired", ("date", waiver.Expires), ("reason", T(waiver.Reason))), 8);
        }

        if (finding.Recommendation is not null)
        {
            writer.Line($"      {labels["report.what-to-do"]}: {T(finding.Recommendation)}", 8);
        }

        if (finding.Parameters.Count > 0)
        {
            writer.Line($"      {T(ReportLabels.Thresholds(finding, labels))}", 8);
        }

        if (finding.References.Count > 0)
        {
            writer.Line(
                verbose
                    ? $"      {labels["report.see"]}: {T(string.Join("; ", finding.References))}"
                    : $"      {labels["report.see"]}: {labels.Format("console.references-hidden", ("count", finding.References.Count))}",
                8);
        }
    }

    private static string T(string text) => TerminalEscaping.Text(text);
}
