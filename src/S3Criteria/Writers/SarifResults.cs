using System.Globalization;
using S3Criteria.Model;
using S3Criteria.Reports;

namespace S3Criteria.Writers;

/// <summary>The results of a SARIF run: every finding, and every rule that passed or did not apply.</summary>
internal static class SarifResults
{
    /// <summary>
    /// Writes a finding as a <c>fail</c> result located at the node it is about, with its suppression when a waiver
    /// matched it and its <c>baselineState</c> when the context has a baseline.
    /// </summary>
    public static void WriteFinding(SarifLog log, ReportEntry entry, Finding finding)
    {
        var w = log.W;
        var report = entry.Report;
        w.WriteStartObject();
        log.RuleReference(finding.RuleId);
        w.WriteString("kind", "fail");
        w.WriteString("level", SarifText.Level(finding.Severity));
        log.Message("message", SarifText.Sentence(finding.Message));
        w.WriteStartArray("locations");
        SarifLocations.Write(log, report, finding.Subject, FindingLocations.Of(entry, log.RuleSet, finding.RuleId, finding.Subject));
        w.WriteEndArray();
        w.WriteStartObject("partialFingerprints");
        w.WriteString(SarifText.FingerprintKey, FindingFingerprint.Of(report, finding));
        w.WriteEndObject();
        if (log.Context.Baseline is { } baseline)
        {
            w.WriteString("baselineState", baseline.StateOf(report, finding) == BaselineState.New ? "new" : "unchanged");
        }

        if (finding.Waiver is { } waiver)
        {
            WriteSuppression(log, waiver, finding.IsWaived);
        }

        w.WriteStartObject("properties");
        w.WriteString("strategy", report.StrategyId);
        w.WriteString("criterion", finding.CriterionId);
        w.WriteString("status", Naming.EnumName(finding.Status));
        w.WriteStartObject("subject");
        w.WriteString("kind", Naming.EnumName(finding.Subject.Kind));
        w.WriteString("id", finding.Subject.Id);
        w.WriteString("name", finding.Subject.Name);
        w.WriteEndObject();
        JsonOutput.Evidence(w, finding.Evidence);
        if (finding.Recommendation is not null)
        {
            w.WriteString("recommendation", finding.Recommendation);
        }

        JsonOutput.Strings(w, "missingData", finding.MissingData);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>Writes a rule that passed or did not apply as a <c>pass</c> or <c>notApplicable</c> result about the whole strategy.</summary>
    public static void WriteOutcome(SarifLog log, ComplianceReport report, RuleResult rule)
    {
        var w = log.W;
        var passed = rule.Outcome == RuleOutcome.Passed;
        w.WriteStartObject();
        log.RuleReference(rule.RuleId);
        w.WriteString("kind", passed ? "pass" : "notApplicable");
        w.WriteString("level", "none");
        var title = rule.Title.Trim().TrimEnd('.');
        log.Message("message", passed
            ? string.Create(CultureInfo.InvariantCulture, $"Passed: {title} ({rule.SubjectsChecked} subject(s) checked).")
            : $"Not applicable: {title}.");
        w.WriteStartArray("locations");
        SarifLocations.Write(log, report, null, null);
        w.WriteEndArray();
        w.WriteStartObject("partialFingerprints");
        w.WriteString(SarifText.FingerprintKey, SarifText.Hash(rule.RuleId, report.StrategyId, "*", "*"));
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("strategy", report.StrategyId);
        w.WriteString("criterion", rule.CriterionId);
        w.WriteString("outcome", Naming.EnumName(rule.Outcome));
        w.WriteNumber("subjectsChecked", rule.SubjectsChecked);
        JsonOutput.Evidence(w, rule.Evidence);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteSuppression(SarifLog log, Waivers.Waiver waiver, bool inForce)
    {
        var w = log.W;
        var expires = waiver.Expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        w.WriteStartArray("suppressions");
        w.WriteStartObject();
        w.WriteString("kind", "external");

        // A waiver that has expired no longer suppresses the finding: SARIF's "rejected" status says exactly that.
        w.WriteString("status", inForce ? "accepted" : "rejected");
        w.WriteString("justification", inForce ? waiver.Reason : $"{waiver.Reason} (waiver expired on {expires})");
        if (waiver.Source?.FilePath is { } file)
        {
            w.WriteStartObject("location");
            w.WriteStartObject("physicalLocation");
            var index = log.Artifacts.IndexOf(file);
            SarifLocations.ArtifactLocation(w, log.Artifacts[index].Uri, log.Artifacts[index].Relative, index);
            SarifLocations.Region(w, waiver.Source);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteStartObject("properties");
        w.WriteString("expires", expires);
        if (waiver.Owner is not null)
        {
            w.WriteString("owner", waiver.Owner);
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
    }
}
