using System.Text.Json;
using S3Criteria.Localization;
using S3Criteria.Model;
using S3Criteria.Reports;
using S3Criteria.Rules;
using S3Criteria.Writers;
using S3Criteria.Writers.Escaping;

namespace S3Criteria.Cli;

/// <summary>
/// Writes a <see cref="ReportComparison"/> (<c>s3criteria diff</c>) as console text, Markdown or JSON. Each criterion
/// and rule appears once with its before and after state; text from the reports goes through the escaping layer of
/// the output kind. Console and Markdown are in the language of <c>--language</c> (the words of the comparison from
/// the catalogue's <c>diff.*</c> keys); JSON keeps its identifiers.
/// </summary>
internal static class DiffOutput
{
    /// <summary>The formats of <c>diff --format</c>.</summary>
    public static readonly string[] Formats = ["console", "markdown", "json"];

    public static void Write(ReportComparison comparison, string format, TextWriter output, string? language = null)
    {
        var words = new Words(Labels.For(language));
        switch (format)
        {
            case "json":
                Json(comparison, output);
                break;
            case "markdown":
                Markdown(comparison, output, words);
                break;
            default:
                Console(comparison, output, words);
                break;
        }
    }

    private static void Console(ReportComparison comparison, TextWriter output, Words words)
    {
        static string T(string text) => TerminalEscaping.Text(text);
        var (before, after) = (comparison.Before, comparison.After);
        output.WriteLine($"{T(before.StrategyTitle)}: {words.Of(before.Verdict)} -> {T(after.StrategyTitle)}: {words.Of(after.Verdict)}");
        foreach (var criterion in comparison.Criteria.Where(c => c.Change != CriterionChange.Unchanged))
        {
            output.WriteLine($"  {words.Of(criterion.Change)}: {criterion.CriterionId} {words.Of(criterion.Before)} -> {words.Of(criterion.After)}");
        }

        foreach (var rule in comparison.ChangedRules)
        {
            output.WriteLine($"  {rule.RuleId} [{words.Of(rule.Severity)}] {words.Of(rule.Before)} -> {words.Of(rule.After)}");
            foreach (var finding in rule.Findings.Where(f => f.Change != FindingChange.StillOpen))
            {
                output.WriteLine($"    {words.Of(finding)}: {T(words.Of(finding.Subject))}: {T(finding.Message)}");
            }
        }

        output.WriteLine(words.Summary(comparison));
    }

    private static void Markdown(ReportComparison comparison, TextWriter output, Words words)
    {
        static string M(string text) => MarkdownEscaping.TableCell(text);
        var (before, after) = (comparison.Before, comparison.After);
        output.WriteLine($"## {MarkdownEscaping.Inline(after.StrategyTitle)}: {words.Of(before.Verdict)} → {words.Of(after.Verdict)}");
        output.WriteLine();
        output.WriteLine(words.Summary(comparison));
        var criteria = comparison.Criteria.Where(c => c.Change != CriterionChange.Unchanged).ToList();
        if (criteria.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(words.Header("criterion", "change", "before", "after"));
            output.WriteLine("|---|---|---|---|");
            foreach (var criterion in criteria)
            {
                output.WriteLine($"| {M(criterion.CriterionId)} {M(criterion.Title)} | {words.Of(criterion.Change)} | {words.Of(criterion.Before)} | {words.Of(criterion.After)} |");
            }
        }

        var findings = comparison.ChangedRules.SelectMany(r => r.Findings.Where(f => f.Change != FindingChange.StillOpen).Select(f => (Rule: r, Finding: f))).ToList();
        if (findings.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(words.Header("rule", "severity", "change", "subject", "message"));
            output.WriteLine("|---|---|---|---|---|");
            foreach (var (rule, finding) in findings)
            {
                output.WriteLine($"| {M(rule.RuleId)} | {words.Of(rule.Severity)} | {words.Of(finding)} | {M(words.Of(finding.Subject))} | {M(finding.Message)} |");
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

    /// <summary>The words of a comparison in one language: verdicts, outcomes, changes, headers and the summary.</summary>
    private sealed class Words(Labels labels)
    {
        public string Summary(ReportComparison comparison) => labels.Format(
            "diff.summary",
            ("fixed", comparison.Fixed),
            ("new", comparison.New),
            ("changed", comparison.AssessabilityChanged),
            ("open", comparison.StillOpen));

        public string Header(params string[] columns) => "| " + string.Join(" | ", columns.Select(c => labels["diff.column." + c])) + " |";

        public string Of(Verdict verdict) => ReportLabels.Verdict(verdict, labels);

        public string Of(Verdict? verdict) => verdict is { } value ? Of(value) : labels["diff.absent"];

        public string Of(Severity severity) => ReportLabels.Severity(severity, labels);

        public string Of(Subject subject) => ReportLabels.Subject(subject, labels);

        public string Of(RuleOutcome? outcome) => outcome is { } value ? labels["diff.outcome." + Naming.EnumName(value)] : labels["diff.absent"];

        public string Of(FindingStatus? status) => labels[status == FindingStatus.CannotAssess ? "diff.cannot-assess" : status is null ? "diff.none" : "diff.failed"];

        public string Of(CriterionChange change) => labels["diff.criterion." + Naming.EnumName(change)];

        public string Of(FindingComparison finding) => finding.Change == FindingChange.AssessabilityChanged
            ? labels.Format("diff.assessability-changed-from-to", ("before", Of(finding.Before)), ("after", Of(finding.After)))
            : labels["diff.finding." + Naming.EnumName(finding.Change)];
    }
}
