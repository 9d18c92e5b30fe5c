using System.Globalization;
using S3Criteria.Model;

namespace S3Criteria.Writers;

/// <summary>The properties of a SARIF run: the rule set, and each strategy with its verdicts, for tools that read more than results.</summary>
internal static class SarifRunProperties
{
    /// <summary>Writes the run's <c>properties</c>.</summary>
    public static void Write(SarifLog log)
    {
        var w = log.W;
        w.WriteStartObject("properties");
        w.WriteStartObject("ruleSet");
        w.WriteString("id", log.RuleSet.Id);
        w.WriteString("version", log.RuleSet.Version);
        w.WriteString("hash", log.RuleSet.ContentHash);
        w.WriteEndObject();
        w.WriteStartArray("strategies");
        foreach (var report in log.Reports)
        {
            w.WriteStartObject();
            w.WriteString("id", report.StrategyId);
            w.WriteString("title", report.StrategyTitle);
            w.WriteString("region", report.RegionCode);
            w.WriteString("verdict", Naming.EnumName(report.Verdict));
            w.WriteString("evaluationDate", report.Provenance.EvaluationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteStartArray("criteria");
            foreach (var criterion in report.Criteria)
            {
                w.WriteStartObject();
                w.WriteString("id", criterion.CriterionId);
                w.WriteString("verdict", Naming.EnumName(criterion.Verdict));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
