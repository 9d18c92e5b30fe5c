using System.Reflection;
using S3Criteria.Model;
using S3Criteria.Reports;
using S3Criteria.Rules;
using S3Criteria.Writers.Escaping;

namespace S3Criteria.Writers;

/// <summary>The tool of a SARIF run: the driver, its rules as reporting descriptors with help, and the notification of rule errors.</summary>
internal static class SarifTool
{
    /// <summary>Writes the run's <c>tool</c>: the driver with every rule and the notification of rule errors.</summary>
    public static void Write(SarifLog log)
    {
        var w = log.W;
        var version = ToolVersion(log.Reports);
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "S3Criteria");
        w.WriteString("fullName", "S3Criteria: compliance of smart specialisation strategies with enabling condition 1.1");
        w.WriteString("version", version);
        w.WriteString("semanticVersion", version);
        w.WriteString("informationUri", SarifText.InformationUri);
        w.WriteStartArray("rules");
        foreach (var rule in log.RuleSet.Rules)
        {
            WriteRule(log, rule);
        }

        w.WriteEndArray();
        w.WriteStartArray("notifications");
        WriteNotification(
            log,
            SarifText.RuleErrorId,
            "RuleCouldNotBeEvaluated",
            "A rule could not be evaluated for a subject; the rest of the report is unaffected.",
            "The rule's condition failed while it was evaluated for one subject (for example a value outside what the condition can compute with), so that subject is neither passed nor failed by it, and the criterion of the rule cannot be assessed. The other rules and subjects are evaluated as usual.",
            "Read the message for the rule and the subject, and check the values the subject gives in the document. If the document is right, the rule is at fault: report it with the message, the rule and the document.");
        WriteNotification(
            log,
            SarifText.LoadErrorId,
            "DocumentCouldNotBeLoaded",
            "A strategy document could not be loaded, so it was not checked.",
            "Loading is strict: a syntax error, an unknown or duplicate key, a value of the wrong type, a missing required key, a reference that does not resolve or a broken invariant stops the document from being checked. Every problem is reported at its line and column, and the run is not successful.",
            "Correct each problem at the line and column given (the message names the value and what is expected), then run the check again. The JSON Schema of strategy documents (s3criteria schema) lets an editor show the same problems as you type.");
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteNotification(SarifLog log, string id, string name, string shortDescription, string fullDescription, string help)
    {
        var w = log.W;
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("name", name);
        log.Message("shortDescription", shortDescription);
        log.Message("fullDescription", fullDescription);
        w.WriteStartObject("help");
        w.WriteString("text", help);
        w.WriteString("markdown", MarkdownEscaping.Inline(help));
        w.WriteEndObject();
        w.WriteString("helpUri", SarifText.InformationUri);
        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", "error");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteRule(SarifLog log, RuleDescriptor rule)
    {
        var w = log.W;
        var title = rule.Title.Get(log.Language);
        var recommendation = rule.Recommendation?.Get(log.Language);
        w.WriteStartObject();
        w.WriteString("id", rule.Id);
        w.WriteString("name", SarifRuleText.PascalName(rule.Title.Get(), rule.Id));
        log.Message("shortDescription", SarifText.Sentence(title));
        log.Message("fullDescription", SarifText.Sentence(rule.Rationale?.Get(log.Language) ?? title));
        w.WriteStartObject("help");
        w.WriteString("text", SarifRuleText.HelpText(recommendation, rule.References));
        w.WriteString("markdown", SarifRuleText.HelpMarkdown(recommendation, rule.References));
        w.WriteEndObject();
        if (rule.References.FirstOrDefault(SarifText.IsWebUri) is { } helpUri)
        {
            w.WriteString("helpUri", helpUri);
        }

        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", SarifText.Level(rule.Severity));
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("criterion", rule.CriterionId);
        w.WriteString("severity", Naming.EnumName(rule.Severity));
        w.WriteString("appliesTo", Naming.EnumName(rule.SubjectKind));
        JsonOutput.Strings(w, "references", rule.References);
        JsonOutput.Strings(w, "parameters", rule.Parameters);
        w.WriteString("source", rule.Source.ToString());
        JsonOutput.Strings(w, "tags", ["smart-specialisation", rule.CriterionId]);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string ToolVersion(IReadOnlyList<ComplianceReport> reports) =>
        reports.Count > 0
            ? reports[0].Provenance.ToolVersion
            : typeof(ComplianceReportSarif).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
