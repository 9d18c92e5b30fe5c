using S3Criteria.Reports;
using S3Criteria.Rules;

namespace S3Criteria.Writers;

/// <summary>
/// The <c>console</c> format, for people at a terminal: per report the overall verdict, then each criterion with its
/// findings and advice; after several reports, a table of them. Colours with ANSI codes when the context asks.
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
        foreach (var entry in context.Reports)
        {
            WriteReport(entry.Report, writer, context.UseColour);
        }

        if (context.Reports.Count > 1)
        {
            SummaryTable(context.Reports, writer);
        }
    }

    private static void SummaryTable(IReadOnlyList<ReportEntry> entries, TextWriter writer)
    {
        writer.WriteLine();
        var width = Math.Max(8, entries.Max(e => e.Name.Length));
        writer.WriteLine($"{"document".PadRight(width)}  {"verdict",-20} blocking  advisory  info  waived");
        foreach (var entry in entries)
        {
            var report = entry.Report;
            var open = report.Findings.Where(f => !f.IsWaived).ToList();
            writer.WriteLine($"{entry.Name.PadRight(width)}  {ReportLabels.Verdict(report.Verdict),-20} {open.Count(f => f.Severity == Severity.Blocking),8}  {open.Count(f => f.Severity == Severity.Advisory),8}  {open.Count(f => f.Severity == Severity.Info),4}  {report.Findings.Count(f => f.IsWaived),6}");
        }
    }

    private static void WriteReport(ComplianceReport report, TextWriter writer, bool useColour)
    {
        string Paint(string text, string colour) => useColour ? $"\u001b[{colour}m{text}\u001b[0m" : text;
        string VerdictText(Verdict verdict) => verdict switch
        {
            Verdict.Fulfilled => Paint("FULFILLED", "32"),
            Verdict.NotFulfilled => Paint("NOT FULFILLED", "31"),
            Verdict.NotApplicable => Paint("NOT APPLICABLE", "90"),
            _ => Paint("CANNOT ASSESS", "35"),
        };

        var provenance = report.Provenance;
        writer.WriteLine($"{report.StrategyTitle} ({report.RegionCode})");
        writer.WriteLine($"Rule set {provenance.RuleSetId} {provenance.RuleSetVersion}, evaluated {provenance.EvaluationDate:yyyy-MM-dd}{(provenance.DocumentPath is null ? string.Empty : $", document {provenance.DocumentPath}")}");
        writer.WriteLine($"Enabling condition 1.1: {VerdictText(report.Verdict)}");
        foreach (var criterion in report.Criteria)
        {
            writer.WriteLine();
            writer.WriteLine($"{criterion.CriterionId}  {VerdictText(criterion.Verdict)}{ReportLabels.Improvements(criterion)}");
            writer.WriteLine($"  {criterion.Title}");
            foreach (var finding in report.Findings.Where(f => f.CriterionId == criterion.CriterionId))
            {
                WriteFinding(finding, writer, Paint);
            }

            foreach (var rule in report.Rules.Where(r => r.CriterionId == criterion.CriterionId && r.Outcome is RuleOutcome.Passed or RuleOutcome.NotApplicable))
            {
                var state = rule.Outcome == RuleOutcome.Passed ? Paint("ok", "32") : Paint("n/a", "90");
                writer.WriteLine($"  {state} {rule.RuleId} {rule.Title}");
            }
        }

        foreach (var failure in report.Errors)
        {
            writer.WriteLine($"{Paint("rule error", "35")} {failure.RuleId}{(failure.Subject is null ? string.Empty : $" ({ReportLabels.Kind(failure.Subject.Kind)} {failure.Subject.Id})")}: {failure.Message}");
        }

        foreach (var waiver in report.UnusedWaivers)
        {
            writer.WriteLine($"unused waiver: {waiver.RuleId}{(waiver.SubjectId is null ? string.Empty : $" ({waiver.SubjectId})")} matches no finding{(waiver.Source is null ? string.Empty : $" ({waiver.Source})")}; remove it?");
        }

        writer.WriteLine();
        writer.WriteLine($"{report.Findings.Count} finding(s){(report.Findings.Any(f => f.IsWaived) ? $", {report.Findings.Count(f => f.IsWaived)} waived" : string.Empty)}; {report.Rules.Count(r => r.Outcome == RuleOutcome.Passed)} of {report.Rules.Count} rules passed.");
    }

    private static void WriteFinding(Finding finding, TextWriter writer, Func<string, string, string> paint)
    {
        var marker = finding.IsWaived ? paint("~", "90") : finding.Status == FindingStatus.CannotAssess ? paint("?", "35") : finding.Severity switch
        {
            Severity.Blocking => paint("x", "31"),
            Severity.Advisory => paint("!", "33"),
            _ => paint("i", "36"),
        };
        var subject = ReportLabels.Subject(finding.Subject);
        writer.WriteLine($"  {marker} {finding.RuleId} [{finding.Severity.ToString().ToLowerInvariant()}] {subject}: {finding.Message}");
        if (finding.Waiver is { } waiver)
        {
            writer.WriteLine(finding.IsWaived
                ? $"      Waived until {waiver.Expires:yyyy-MM-dd}: {waiver.Reason}"
                : $"      The waiver expired on {waiver.Expires:yyyy-MM-dd} ({waiver.Reason}); the finding counts again.");
        }

        if (finding.Recommendation is not null)
        {
            writer.WriteLine($"      What to do: {finding.Recommendation}");
        }

        if (finding.Parameters.Count > 0)
        {
            writer.WriteLine($"      {ReportLabels.Thresholds(finding)}");
        }

        if (finding.References.Count > 0)
        {
            writer.WriteLine($"      See: {string.Join("; ", finding.References)}");
        }
    }
}
