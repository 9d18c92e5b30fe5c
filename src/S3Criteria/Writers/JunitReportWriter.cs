using System.Globalization;
using System.Text;
using S3Criteria.Diagnostics;
using S3Criteria.Reports;
using S3Criteria.Writers.Escaping;

namespace S3Criteria.Writers;

/// <summary>
/// The <c>junit</c> format: the JUnit XML report that CI services show as test results (the Ant and Jenkins
/// <c>testsuites</c> shape). One <c>testsuite</c> per document; one <c>testcase</c> per rule and subject: a finding is a
/// testcase about its subject, a rule that passed or did not apply one testcase about the subjects it checked. An open
/// finding that fails the run (<see cref="ReportWriterContext.Fails"/>: at or above <see cref="ReportWriterContext.FailOn"/>,
/// and new when there is a baseline) is a <c>failure</c>; a rule that could not be evaluated, and a document that
/// could not be loaded, an <c>error</c>; a rule that did not apply is <c>skipped</c>; other findings (waived, below the
/// threshold, in the baseline) pass with their message in <c>system-out</c>. Every text goes through
/// <see cref="XmlEscaping.Text"/>; times are 0 and the timestamp is the evaluation date, so the output is deterministic.
/// </summary>
internal sealed class JunitReportWriter : ReportWriter
{
    public override string Format => "junit";

    public override string FileExtension => "xml";

    public override ReportWriterScope Scope => ReportWriterScope.Run;

    /// <inheritdoc/>
    public override bool ReportsLoadFailures => true;

    public override void Write(ReportWriterContext context, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        var suites = new List<Suite>();
        foreach (var entry in context.Reports)
        {
            suites.Add(SuiteOf(context, entry));
        }

        foreach (var file in context.LoadFailures.GroupBy(d => d.Location?.FilePath ?? string.Empty))
        {
            suites.Add(LoadFailureSuite(context, file.Key, [.. file]));
        }

        var text = new StringBuilder();
        text.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        text.Append(CultureInfo.InvariantCulture, $"<testsuites name=\"S3Criteria\" tests=\"{suites.Sum(s => s.Cases.Count)}\" failures=\"{suites.Sum(s => s.Count("failure"))}\" errors=\"{suites.Sum(s => s.Count("error"))}\" time=\"0\">\n");
        for (var i = 0; i < suites.Count; i++)
        {
            suites[i].Write(text, i);
        }

        text.Append("</testsuites>\n");
        writer.Write(text.ToString().Replace("\n", writer.NewLine, StringComparison.Ordinal));
    }

    private static Suite SuiteOf(ReportWriterContext context, ReportEntry entry)
    {
        var report = entry.Report;
        var file = report.Provenance.DocumentPath is { } path ? DocumentPaths.Relative(path, context.BaseDirectory) : null;
        var suite = new Suite(file ?? report.StrategyId, report.StrategyId, report.Provenance.EvaluationDate);
        suite.Properties.Add(("strategy", report.StrategyId));
        suite.Properties.Add(("verdict", Model.Naming.EnumName(report.Verdict)));
        suite.Properties.Add(("rule-set", $"{report.Provenance.RuleSetId} {report.Provenance.RuleSetVersion}"));
        suite.Properties.Add(("evaluation-date", report.Provenance.EvaluationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        var findings = report.Findings.ToLookup(f => f.RuleId, StringComparer.Ordinal);
        var errors = report.Errors.ToLookup(e => e.RuleId, StringComparer.Ordinal);
        foreach (var rule in report.Rules)
        {
            var className = $"{report.StrategyId}.{rule.CriterionId}";
            foreach (var finding in findings[rule.RuleId])
            {
                suite.Cases.Add(FindingCase(context, entry, rule, finding, className, file));
            }

            foreach (var error in errors[rule.RuleId])
            {
                var at = FindingLocations.Of(entry, context.RuleSet, error.RuleId, error.Subject);
                suite.Cases.Add(new Case(CaseName(rule, error.Subject), className, "error", rule.RuleId, error.Message, error.Message + At(file, at), null));
            }

            if (rule.Outcome is RuleOutcome.Passed or RuleOutcome.NotApplicable)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"{rule.RuleId} {rule.Title.Trim()} ({rule.SubjectsChecked} subject(s) checked)");
                suite.Cases.Add(new Case(name, className, rule.Outcome == RuleOutcome.NotApplicable ? "skipped" : null, null, "Not applicable.", null, null));
            }
        }

        return suite;
    }

    private static Case FindingCase(ReportWriterContext context, ReportEntry entry, RuleResult rule, Finding finding, string className, string? file)
    {
        var at = FindingLocations.Of(entry, context.RuleSet, finding.RuleId, finding.Subject);
        var state = context.Baseline?.StateOf(entry.Report, finding);
        var body = finding.Message + At(file, at) + (finding.Recommendation is { } what ? $"\nWhat to do: {what.Trim()}" : string.Empty);
        var note = state is null ? string.Empty : state == BaselineState.New ? " (new)" : " (unchanged, in the baseline)";
        var severity = Model.Naming.EnumName(finding.Severity);
        if (context.Fails(entry.Report, finding))
        {
            return new Case(CaseName(rule, finding.Subject), className, "failure", severity, finding.Message + note, body, null);
        }

        var why = finding.IsWaived ? $"waived: {finding.Waiver?.Reason}" : state == BaselineState.Unchanged ? "in the baseline" : "below the fail-on severity";
        return new Case(CaseName(rule, finding.Subject), className, null, null, null, null, $"{severity} finding, {why}{note}: {body}");
    }

    private static Suite LoadFailureSuite(ReportWriterContext context, string file, IReadOnlyList<Diagnostic> problems)
    {
        var name = file.Length == 0 ? "(document)" : DocumentPaths.Relative(file, context.BaseDirectory);
        var suite = new Suite(name, "load", null);
        foreach (var problem in problems)
        {
            var position = problem.Location is { } at ? string.Create(CultureInfo.InvariantCulture, $"{at.Line}:{at.Column}") : "-";
            var body = problem.Location is { } l ? string.Create(CultureInfo.InvariantCulture, $"{problem.Message}\nat {name}:{l.Line}:{l.Column}") : problem.Message;
            suite.Cases.Add(new Case($"load {position} {problem.Code}", $"load.{name}", "error", problem.Code, problem.Message, body, null));
        }

        return suite;
    }

    private static string At(string? file, SourceLocation? at) =>
        at is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"\nat {file}:{at.Line}:{at.Column}");

    private static string CaseName(RuleResult rule, Subject? subject) =>
        subject is null ? $"{rule.RuleId} {rule.Title.Trim()}" : $"{rule.RuleId} {rule.Title.Trim()} [{Model.Naming.EnumName(subject.Kind)} {subject.Id}]";

    private static string X(string text) => XmlEscaping.Text(text);

    /// <summary>One testcase: its outcome element (<c>failure</c>, <c>error</c>, <c>skipped</c> or none) and what it prints.</summary>
    private sealed record Case(string Name, string ClassName, string? Outcome, string? Type, string? Message, string? Body, string? Output)
    {
        public void Write(StringBuilder text)
        {
            // The location is in the failure's text, not in file and line attributes, which the published JUnit schemas lack.
            text.Append(CultureInfo.InvariantCulture, $"    <testcase name=\"{X(Name)}\" classname=\"{X(ClassName)}\" time=\"0\"");

            if (Outcome is null && Output is null)
            {
                text.Append("/>\n");
                return;
            }

            text.Append(">\n");
            if (Outcome == "skipped")
            {
                text.Append(CultureInfo.InvariantCulture, $"      <skipped>{X(Message ?? string.Empty)}</skipped>\n");
            }
            else if (Outcome is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $"      <{Outcome} message=\"{X(Message ?? string.Empty)}\" type=\"{X(Type ?? string.Empty)}\">{X(Body ?? string.Empty)}</{Outcome}>\n");
            }

            if (Output is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $"      <system-out>{X(Output)}</system-out>\n");
            }

            text.Append("    </testcase>\n");
        }
    }

    /// <summary>One testsuite: a document's testcases and properties.</summary>
    private sealed record Suite(string Name, string Package, DateOnly? Date)
    {
        public List<(string Name, string Value)> Properties { get; } = [];

        public List<Case> Cases { get; } = [];

        public int Count(string outcome) => Cases.Count(c => c.Outcome == outcome);

        public void Write(StringBuilder text, int id)
        {
            var timestamp = (Date ?? new DateOnly(1970, 1, 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00";
            text.Append(CultureInfo.InvariantCulture, $"  <testsuite name=\"{X(Name)}\" tests=\"{Cases.Count}\" failures=\"{Count("failure")}\" errors=\"{Count("error")}\" skipped=\"{Count("skipped")}\" time=\"0\" timestamp=\"{timestamp}\" hostname=\"localhost\" id=\"{id}\" package=\"{X(Package)}\">\n");

            // Jenkins' JUnit schema wants at least one property in a properties element, so none gives no element.
            if (Properties.Count > 0)
            {
                text.Append("    <properties>\n");
                foreach (var (name, value) in Properties)
                {
                    text.Append(CultureInfo.InvariantCulture, $"      <property name=\"{X(name)}\" value=\"{X(value)}\"/>\n");
                }

                text.Append("    </properties>\n");
            }

            foreach (var testCase in Cases)
            {
                testCase.Write(text);
            }

            text.Append("    <system-out/>\n    <system-err/>\n  </testsuite>\n");
        }
    }
}
