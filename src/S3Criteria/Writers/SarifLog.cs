using System.Text.Json;
using S3Criteria.Engine;
using S3Criteria.Reports;

namespace S3Criteria.Writers;

/// <summary>
/// Writes one SARIF log with a single run, in the order SARIF viewers expect: tool, invocation, artifacts, results,
/// properties. Holds what the parts share: the JSON writer, the context's reports and rule set, and the indexes of
/// rules and artifacts that results refer to.
/// </summary>
internal sealed class SarifLog
{
    private readonly Dictionary<string, int> _ruleIndex = new(StringComparer.Ordinal);

    public SarifLog(Utf8JsonWriter writer, ReportWriterContext context)
    {
        W = writer;
        Context = context;
        Reports = [.. context.Reports.Select(r => r.Report)];
        RuleSet = context.RuleSet;
        Language = context.Language;
        for (var i = 0; i < RuleSet.Rules.Count; i++)
        {
            _ruleIndex.TryAdd(RuleSet.Rules[i].Id, i);
        }

        Artifacts = SarifArtifacts.Of(Reports, context.LoadFailures, context.BaseDirectory);
    }

    /// <summary>Gets the context: the entries with their documents, the load failures and the options.</summary>
    public ReportWriterContext Context { get; }

    /// <summary>Gets the JSON writer.</summary>
    public Utf8JsonWriter W { get; }

    /// <summary>Gets the reports, in the order to list their results.</summary>
    public IReadOnlyList<ComplianceReport> Reports { get; }

    /// <summary>Gets the rule set: its rules become the run's rules.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Gets the language of the rules' texts.</summary>
    public string Language { get; }

    /// <summary>Gets the files the log names.</summary>
    public SarifArtifacts Artifacts { get; }

    /// <summary>Writes the log.</summary>
    public void Write()
    {
        W.WriteStartObject();
        W.WriteString("$schema", ComplianceReportSarif.SchemaUri);
        W.WriteString("version", ComplianceReportSarif.SarifVersion);
        W.WriteStartArray("runs");
        W.WriteStartObject();
        SarifTool.Write(this);
        SarifInvocation.Write(this);
        W.WriteStartObject("automationDetails");
        W.WriteString("id", SarifText.AutomationId(RuleSet, Reports));
        W.WriteEndObject();
        Artifacts.Write(W);
        W.WriteStartArray("results");
        foreach (var entry in Context.Reports)
        {
            foreach (var finding in entry.Report.Findings)
            {
                SarifResults.WriteFinding(this, entry, finding);
            }

            // Code-scanning services may show every result as an alert: passes only when asked for.
            if (Context.IncludePassingResults)
            {
                foreach (var rule in entry.Report.Rules.Where(r => r.Outcome is RuleOutcome.Passed or RuleOutcome.NotApplicable))
                {
                    SarifResults.WriteOutcome(this, entry.Report, rule);
                }
            }
        }

        W.WriteEndArray();
        W.WriteString("columnKind", "utf16CodeUnits");
        SarifRunProperties.Write(this);
        W.WriteEndObject();
        W.WriteEndArray();
        W.WriteEndObject();
    }

    /// <summary>The index of a rule in the run's rules, if it is there.</summary>
    public bool TryGetRuleIndex(string ruleId, out int index) => _ruleIndex.TryGetValue(ruleId, out index);

    /// <summary>Writes a message object: <c>"name": { "text": ... }</c>.</summary>
    public void Message(string name, string text)
    {
        W.WriteStartObject(name);
        W.WriteString("text", text);
        W.WriteEndObject();
    }

    /// <summary>Writes a result's <c>ruleId</c>, and its <c>ruleIndex</c> when the rule is in the run.</summary>
    public void RuleReference(string ruleId)
    {
        W.WriteString("ruleId", ruleId);
        if (_ruleIndex.TryGetValue(ruleId, out var index))
        {
            W.WriteNumber("ruleIndex", index);
        }
    }
}
