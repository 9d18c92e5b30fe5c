using System.Globalization;
using System.Text;
using System.Text.Json;
using S3Criteria.Diagnostics;
using S3Criteria.Model;
using S3Criteria.Reports;
using S3Criteria.Rules;

namespace S3Criteria.Writers;

/// <summary>
/// Writes a <see cref="ComplianceReport"/> as JSON in the documented shape (schema version <see cref="SchemaVersion"/>):
/// camelCase keys, kebab-case enumeration values, every key always present (null when empty), and the report's own
/// order, so the same report always gives the same bytes. The <c>json</c> format of <see cref="ReportWriterRegistry"/>
/// writes one report this way, and several as an array of them.
/// </summary>
public static class ComplianceReportJson
{
    /// <summary>The version of the JSON shape; it changes only when the shape changes incompatibly.</summary>
    public const string SchemaVersion = "2.0";

    /// <summary>Writes the report to a stream as UTF-8 JSON.</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">The stream; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">Writing to <paramref name="stream"/> failed (the stream's own error, passed on).</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="stream"/> is closed.</exception>
    public static void Write(ComplianceReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, JsonOutput.Options);
        WriteReport(writer, report);
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Returns the report as JSON text.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static string Serialize(ComplianceReport report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteReport(Utf8JsonWriter w, ComplianceReport report)
    {
        w.WriteStartObject();
        w.WriteString("schemaVersion", SchemaVersion);
        w.WriteStartObject("strategy");
        w.WriteString("id", report.StrategyId);
        w.WriteString("title", report.StrategyTitle);
        w.WriteString("region", report.RegionCode);
        w.WriteEndObject();
        w.WriteString("verdict", Naming.EnumName(report.Verdict));

        w.WriteStartArray("criteria");
        foreach (var criterion in report.Criteria)
        {
            w.WriteStartObject();
            w.WriteString("id", criterion.CriterionId);
            w.WriteString("title", criterion.Title);
            w.WriteString("verdict", Naming.EnumName(criterion.Verdict));
            JsonOutput.Strings(w, "decidedBy", criterion.DecidedBy);
            w.WriteNumber("rulesPassed", criterion.RulesPassed);
            w.WriteNumber("rulesFailed", criterion.RulesFailed);
            w.WriteNumber("improvements", criterion.Improvements);
            w.WriteBoolean("precondition", criterion.IsPrecondition);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", finding.RuleId);
            w.WriteString("criterionId", finding.CriterionId);
            w.WriteString("severity", Naming.EnumName(finding.Severity));
            w.WriteString("status", Naming.EnumName(finding.Status));
            WriteSubject(w, "subject", finding.Subject);
            w.WriteString("message", finding.Message);
            JsonOutput.Evidence(w, finding.Evidence);
            w.WriteString("rationale", finding.Rationale);
            w.WriteString("recommendation", finding.Recommendation);
            JsonOutput.Strings(w, "references", finding.References);
            JsonOutput.Strings(w, "missingData", finding.MissingData);
            WriteParameters(w, "parameters", finding.Parameters);
            if (finding.Waiver is null)
            {
                w.WriteNull("waiver");
            }
            else
            {
                w.WriteStartObject("waiver");
                WriteWaiver(w, finding.Waiver);
                w.WriteBoolean("inForce", finding.IsWaived);
                w.WriteEndObject();
            }

            Location(w, "ruleSource", finding.RuleSource);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("rules");
        foreach (var rule in report.Rules)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", rule.RuleId);
            w.WriteString("criterionId", rule.CriterionId);
            w.WriteString("title", rule.Title);
            w.WriteString("severity", Naming.EnumName(rule.Severity));
            w.WriteString("outcome", Naming.EnumName(rule.Outcome));
            w.WriteNumber("subjectsChecked", rule.SubjectsChecked);
            JsonOutput.Evidence(w, rule.Evidence);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("errors");
        foreach (var error in report.Errors)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", error.RuleId);
            WriteSubject(w, "subject", error.Subject);
            w.WriteString("message", error.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("unusedWaivers");
        foreach (var waiver in report.UnusedWaivers)
        {
            w.WriteStartObject();
            WriteWaiver(w, waiver);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteProvenance(w, report.Provenance);
        w.WriteEndObject();
    }

    internal static void WriteProvenance(Utf8JsonWriter w, Provenance provenance)
    {
        w.WriteStartObject("provenance");
        w.WriteStartObject("ruleSet");
        w.WriteString("id", provenance.RuleSetId);
        w.WriteString("version", provenance.RuleSetVersion);
        w.WriteString("hash", provenance.RuleSetHash);
        w.WriteEndObject();
        w.WriteString("toolVersion", provenance.ToolVersion);
        w.WriteStartObject("document");
        w.WriteString("path", provenance.DocumentPath);
        w.WriteString("hash", provenance.DocumentHash);
        w.WriteEndObject();
        w.WriteString("evaluationDate", provenance.EvaluationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("language", provenance.Language);
        if (provenance.FallbackTexts.Count > 0)
        {
            w.WriteStartArray("fallbackTexts");
            foreach (var text in provenance.FallbackTexts)
            {
                w.WriteStringValue(text);
            }

            w.WriteEndArray();
        }

        WriteParameters(w, "parameterOverrides", provenance.ParameterOverrides);
        w.WriteStartArray("disabledRules");
        foreach (var disabled in provenance.DisabledRules)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", disabled.RuleId);
            w.WriteString("reason", disabled.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    internal static void WriteWaiver(Utf8JsonWriter w, Waivers.Waiver waiver)
    {
        w.WriteString("ruleId", waiver.RuleId);
        w.WriteString("subject", waiver.SubjectId);
        w.WriteString("reason", waiver.Reason);
        w.WriteString("expires", waiver.Expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("owner", waiver.Owner);
        Location(w, "source", waiver.Source);
    }

    internal static void WriteSubject(Utf8JsonWriter w, string name, Subject? subject)
    {
        if (subject is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("kind", Naming.EnumName(subject.Kind));
        w.WriteString("id", subject.Id);
        w.WriteString("name", subject.Name);
        w.WriteString("path", subject.Path);
        Location(w, "location", subject.Location);
        w.WriteEndObject();
    }

    internal static void Location(Utf8JsonWriter w, string name, SourceLocation? location)
    {
        if (location is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("file", location.FilePath);
        w.WriteNumber("line", location.Line);
        w.WriteNumber("column", location.Column);
        if (location.IsCell)
        {
            // A cell of a workbook: line and column are its row and column number.
            w.WriteString("sheet", location.Sheet);
            w.WriteString("cell", location.Cell);
        }

        w.WriteEndObject();
    }

    /// <summary>Writes rule-set parameters (name, value, default): thresholds of the rule set, not of the regulation.</summary>
    internal static void WriteParameters(Utf8JsonWriter w, string name, IReadOnlyList<RuleParameterDescriptor> parameters)
    {
        w.WriteStartArray(name);
        foreach (var parameter in parameters)
        {
            w.WriteStartObject();
            w.WriteString("name", parameter.Name);
            w.WriteString("value", parameter.Value);
            w.WriteString("default", parameter.DefaultValue);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
