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
            SummaryTable(context.Reports, writer);
        }
    }

    private static void SummaryTable(IReadOnlyList<ReportEntry> entries, TextWriter writer)
    {
        writer.WriteLine();
        var names = entries.Select(e => T(e.Name)).ToList();
        var width = Math.Max(8, names.Max(n => n.Length));
        writer.WriteLine($"{"document".PadRight(width)}  {"verdict",-20} blocking  advisory  info  waived");
        for (var i = 0; i < entries.Count; i++)
        {
            var report = entries[i].Report;
            var open = report.Findings.Where(f => !f.IsWaived).ToList();
            writer.WriteLine($"{names[i].PadRight(width)}  {ReportLabels.Verdict(report.Verdict),-20} {open.Count(f => f.Severity == Severity.Blocking),8}  {open.Count(f => f.Severity == Severity.Advisory),8}  {open.Count(f => f.Severity == Severity.Info),4}  {report.Findings.Count(f => f.IsWaived),6}");
        }
    }

    private static void WriteReport(ComplianceReport report, ConsoleLines writer, ReportWriterContext context)
    {
        var useColour = context.UseColour;
        string Paint(string text, string colour) => useColour ? $"\u001b[{colour}m{text}\u001b[0m" : text;
        string VerdictText(Verdict verdict) => verdict switch
        {
            Verdict.Fulfilled => Paint("FULFILLED", "32"),
            Verdict.NotFulfilled => Paint("NOT FULFILLED", "31"),
            Verdict.NotApplicable => Paint("NOT APPLICABLE", "90"),
            _ => Paint("CANNOT ASSESS", "35"),
        };

        var provenance = report.Provenance;
        writer.Line($"{T(report.StrategyTitle)} ({T(report.RegionCode)})", 2);
        writer.Line($"Rule set {T(provenance.RuleSetId)} {T(provenance.RuleSetVersion)}, evaluated {provenance.EvaluationDate:yyyy-MM-dd}{(provenance.DocumentPath is null ? string.Empty : $", document {T(provenance.DocumentPath)}")}", 2);
        writer.Line($"Enabling condition 1.1: {VerdictText(report.Verdict)}", 2);
        foreach (var criterion in report.Criteria)
        {
            var findings = report.Findings.Where(f => f.CriterionId == criterion.CriterionId && !(context.Quiet && f.IsWaived)).ToList();
            if (context.Quiet && findings.Count == 0)
            {
                continue;
            }

            writer.Blank();
            writer.Line($"{T(criterion.CriterionId)}  {VerdictText(criterion.Verdict)}{ReportLabels.Improvements(criterion)}", 2);
            writer.Line($"  {T(criterion.Title)}", 2);
            foreach (var finding in findings)
            {
                WriteFinding(finding, writer, Paint, context.Verbose);
            }

            if (context.Quiet)
            {
                continue;
            }

            foreach (var rule in report.Rules.Where(r => r.CriterionId == criterion.CriterionId && r.Outcome is RuleOutcome.Passed or RuleOutcome.NotApplicable))
            {
                var state = rule.Outcome == RuleOutcome.Passed ? Paint("ok", "32") : Paint("n/a", "90");
                writer.Line($"  {state} {T(rule.RuleId)} {T(rule.Title)}", 6);
            }
        }

        foreach (var failure in report.Errors)
        {
            writer.Line($"{Paint("rule error", "35")} {T(failure.RuleId)}{(failure.Subject is null ? string.Empty : $" ({ReportLabels.Kind(failure.Subject.Kind)} {T(failure.Subject.Id)})")}: {T(failure.Message)}", 4);
        }

        foreach (var waiver in report.UnusedWaivers)
        {
            writer.Line($"unused waiver: {T(waiver.RuleId)}{(waiver.SubjectId is null ? string.Empty : $" ({T(waiver.SubjectId)})")} matches no finding{(waiver.Source is null ? string.Empty : $" ({T(waiver.Source.ToString())})")}; remove it?", 4);
        }

        writer.Blank();
        writer.Line($"{report.Findings.Count} finding(s){(report.Findings.Any(f => f.IsWaived) ? $", {report.Findings.Count(f => f.IsWaived)} waived" : string.Empty)}; {report.Rules.Count(r => r.Outcome == RuleOutcome.Passed)} of {report.Rules.Count} rules passed.", 2);
    }

    private static void WriteFinding(Finding finding, ConsoleLines writer, Func<string, string, string> paint, bool verbose)
    {
        var marker = finding.IsWaived ? paint("~", "90") : finding.Status == FindingStatus.CannotAssess ? paint("?", "35") : finding.Severity switch
        {
            Severity.Blocking => paint("x", "31"),
            Severity.Advisory => paint("!", "33"),
            _ => paint("i", "36"),
        };
        var subject = T(ReportLabels.Subject(finding.Subject));
        writer.Line($"  {marker} {T(finding.RuleId)} [{finding.Severity.ToString().ToLowerInvariant()}] {subject}: {T(finding.Message)}", 6);
        if (finding.Waiver is { } waiver)
        {
            writer.Line(finding.IsWaived
                ? $"      Waived until {waiver.Expires:yyyy-MM-dd}: {T(waiver.Reason)}"
                : $"      The waiver expired on {waiver.Expires:yyyy-MM-dd} ({T(waiver.Reason)}); the finding counts again.", 8);
        }

        if (finding.Recommendation is not null)
        {
            writer.Line($"      What to do: {T(finding.Recommendation)}", 8);
        }

        if (finding.Parameters.Count > 0)
        {
            writer.Line($"      {T(ReportLabels.Thresholds(finding))}", 8);
        }

        if (finding.References.Count > 0)
        {
            writer.Line(verbose
                ? $"      See: {T(string.Join("; ", finding.References))}"
                : $"      See: {finding.References.Count} reference(s), listed in verbose output.", 8);
        }
    }

    private static string T(string text) => TerminalEscaping.Text(text);
}
