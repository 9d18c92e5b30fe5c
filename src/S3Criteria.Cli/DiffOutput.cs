using System.Text.Json;
using S3Criteria.Model;
using S3Criteria.Reports;
using S3Criteria.Writers;
using S3Criteria.Writers.Escaping;

namespace S3Criteria.Cli;

/// <summary>
/// Writes a <see cref="ReportComparison"/> (<c>s3criteria diff</c>) as console text, Markdown or JSON. Each criterion
/// and rule appears once with its before and after state; text from the reports goes through the escaping layer of
/// the output kind.
/// </summary>
internal static class DiffOutput
{
    /// <summary>The formats of <c>diff --format</c>.</summary>
    public static readonly string[] Formats = ["console", "markdown", "json"];

    public static void Write(ReportComparison comparison, string format, TextWriter output)
    {
        switch (format)
        {
            case "json":
                Json(comparison, output);
                break;
            case "markdown":
                Markdown(comparison, output);
                break;
            default:
                Console(comparison, output);
                break;
        }
    }

    private static void Console(ReportComparison comparison, TextWriter output)
    {
        static string T(string text) => TerminalEscaping.Text(text);
        var (before, after) = (comparison.Before, comparison.After);
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
                output.WriteLine($"    {FindingLabel(finding)}: {T(ReportLabels.Subject(finding.Subject))}: {T(finding.Message)}");
            }
        }

        output.WriteLine(Summary(comparison));
    }

    private static void Markdown(ReportComparison comparison, TextWriter output)
    {
        static string M(string text) => MarkdownEscaping.TableCell(text);
        var (before, after) = (comparison.Before, comparison.After);
        output.WriteLine($"## {MarkdownEscaping.Inline(after.StrategyTitle)}: {ReportLabels.Verdict(before.Verdict)} → {ReportLabels.Verdict(after.Verdict)}");
        output.WriteLine();
        output.WriteLine(Summary(comparison));
        var criteria = comparison.Criteria.Where(c => c.Change != CriterionChange.Unchanged).ToList();
        if (criteria.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("| criterion | change | before | after |");
            output.WriteLine("|---|---|---|---|");
            foreach (var criterion in criteria)
            {
                output.WriteLine($"| {M(criterion.CriterionId)} {M(criterion.Title)} | {Label(criterion.Change)} | {Label(criterion.Before)} | {Label(criterion.After)} |");
            }
        }

        var findings = comparison.ChangedRules.SelectMany(r => r.Findings.Where(f => f.Change != FindingChange.StillOpen).Select(f => (Rule: r, Finding: f))).ToList();
        if (findings.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("| rule | severity | change | subject | message |");
            output.WriteLine("|---|---|---|---|---|");
            foreach (var (rule, finding) in findings)
            {
                output.WriteLine($"| {M(rule.RuleId)} | {ReportLabels.Severity(rule.Severity)} | {FindingLabel(finding)} | {M(ReportLabels.Subject(finding.Subject))} | {M(finding.Message)} |");
            }
        }
    }

    private static void Json(ReportComparison comparison, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            Side(json, "before", comparison.Before);
            Side(json, "after", comparison.After);
            json.WriteBoolean("hasRegression", comparison.HasRegression);
            json.WriteStartObject("summary");
            json.WriteNumber("fixed", comparison.Fixed);
            json.WriteNumber("new", comparison.New);
            json.WriteNumber("assessabilityChanged", comparison.AssessabilityChanged);
            json.WriteNumber("stillOpen", comparison.StillOpen);
            json.WriteEndObject();
            json.WriteStartArray("criteria");
            foreach (var criterion in comparison.Criteria)
            {
                json.WriteStartObject();
                json.WriteString("criterionId", criterion.CriterionId);
                json.WriteString("change", Naming.EnumName(criterion.Change));
                Verdict(json, "before", criterion.Before);
                Verdict(json, "after", criterion.After);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("changedRules");
            foreach (var rule in comparison.ChangedRules)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", rule.RuleId);
                json.WriteString("criterionId", rule.CriterionId);
                json.WriteString("severity", Naming.EnumName(rule.Severity));
                Outcome(json, "before", rule.Before);
                Outcome(json, "after", rule.After);
                json.WriteStartArray("findings");
                foreach (var finding in rule.Findings)
                {
                    json.WriteStartObject();
                    json.WriteString("change", Naming.EnumName(finding.Change));
                    json.WriteString("subjectKind", Naming.EnumName(finding.Subject.Kind));
                    json.WriteString("subjectId", finding.Subject.Id);
                    json.WriteString("message", finding.Message);
                    Status(json, "before", finding.Before);
                    Status(json, "after", finding.After);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void Side(Utf8JsonWriter json, string name, ComplianceReport report)
    {
        json.WriteStartObject(name);
        json.WriteString("strategyId", report.StrategyId);
        json.WriteString("strategyTitle", report.StrategyTitle);
        json.WriteString("verdict", Naming.EnumName(report.Verdict));
        json.WriteEndObject();
    }

    private static void Verdict(Utf8JsonWriter json, string name, Verdict? verdict)
    {
        if (verdict is { } value)
        {
            json.WriteString(name, Naming.EnumName(value));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Outcome(Utf8JsonWriter json, string name, RuleOutcome? outcome)
    {
        if (outcome is { } value)
        {
            json.WriteString(name, Naming.EnumName(value));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Status(Utf8JsonWriter json, string name, FindingStatus? status)
    {
        if (status is { } value)
        {
            json.WriteString(name, Naming.EnumName(value));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Summary(ReportComparison comparison) =>
        $"{comparison.Fixed} fixed, {comparison.New} new, {comparison.AssessabilityChanged} assessability changed, {comparison.StillOpen} still open.";

    private static string FindingLabel(FindingComparison finding) =>
        finding.Change == FindingChange.AssessabilityChanged ? $"assessability changed ({Label(finding.Before)} -> {Label(finding.After)})" : Label(finding.Change);

    private static string Label(Verdict? verdict) => verdict is { } value ? ReportLabels.Verdict(value) : "absent";

    private static string Label(RuleOutcome? outcome) => outcome is { } value ? Naming.EnumName(value) : "absent";

    private static string Label(FindingStatus? status) => status == FindingStatus.CannotAssess ? "cannot assess" : status is null ? "none" : "failed";

    private static string Label(CriterionChange change) => change switch
    {
        CriterionChange.AssessabilityChanged => "assessability changed",
        _ => change.ToString().ToLowerInvariant(),
    };

    private static string Label(FindingChange change) => change == FindingChange.StillOpen ? "still open" : change.ToString().ToLowerInvariant();
}
