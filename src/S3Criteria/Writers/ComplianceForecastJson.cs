using System.Globalization;
using System.Text;
using System.Text.Json;
using S3Criteria.Forecasting;
using S3Criteria.Model;
using S3Criteria.Reports;

namespace S3Criteria.Writers;

/// <summary>
/// Writes a <see cref="ComplianceForecast"/> as JSON in the documented shape (<c>schemas/forecast.schema.json</c>,
/// schema version <see cref="SchemaVersion"/>): camelCase keys, kebab-case enumeration values, every key always present
/// (null when empty), in the forecast's own order, so the same forecast always gives the same bytes.
/// </summary>
public static class ComplianceForecastJson
{
    /// <summary>The version of the JSON shape; it changes only when the shape changes incompatibly.</summary>
    public const string SchemaVersion = "1.0";

    /// <summary>Writes the forecast to a stream as UTF-8 JSON.</summary>
    /// <param name="forecast">The forecast.</param>
    /// <param name="stream">The stream; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="forecast"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">Writing to <paramref name="stream"/> failed (the stream's own error, passed on).</exception>
    public static void Write(ComplianceForecast forecast, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, JsonOutput.Options);
        WriteForecast(writer, forecast);
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Returns the forecast as JSON text.</summary>
    /// <param name="forecast">The forecast.</param>
    /// <returns>The JSON, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="forecast"/> is <see langword="null"/>.</exception>
    public static string Serialize(ComplianceForecast forecast)
    {
        using var stream = new MemoryStream();
        Write(forecast, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteForecast(Utf8JsonWriter w, ComplianceForecast forecast)
    {
        w.WriteStartObject();
        w.WriteString("schemaVersion", SchemaVersion);
        w.WriteStartObject("strategy");
        w.WriteString("id", forecast.StrategyId);
        w.WriteString("title", forecast.StrategyTitle);
        w.WriteString("region", forecast.RegionCode);
        w.WriteEndObject();
        w.WriteString("from", Day(forecast.From));
        w.WriteString("until", Day(forecast.Until));
        w.WriteBoolean("fulfilledThroughout", forecast.IsFulfilledThroughout);
        if (forecast.FirstLapse is { } lapse)
        {
            w.WriteString("firstLapse", Day(lapse));
        }
        else
        {
            w.WriteNull("firstLapse");
        }

        Intervals(w, "condition", forecast.Condition);
        w.WriteStartArray("criteria");
        foreach (var criterion in forecast.Criteria)
        {
            w.WriteStartObject();
            w.WriteString("id", criterion.CriterionId);
            w.WriteString("title", criterion.Title);
            w.WriteBoolean("precondition", criterion.IsPrecondition);
            Intervals(w, "intervals", criterion.Intervals);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("changes");
        foreach (var change in forecast.Changes)
        {
            WriteChange(w, change);
        }

        w.WriteEndArray();
        w.WriteStartArray("renewals");
        foreach (var renewal in forecast.Renewals)
        {
            w.WriteStartObject();
            w.WriteString("lapsesOn", Day(renewal.LapsesOn));
            w.WriteString("renewBy", Day(renewal.RenewBy));
            WriteFinding(w, renewal.Finding);
            w.WriteStartArray("causes");
            foreach (var cause in renewal.Causes)
            {
                WriteCause(w, cause);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("evaluatedDates");
        foreach (var date in forecast.EvaluatedDates)
        {
            w.WriteStringValue(Day(date));
        }

        w.WriteEndArray();
        JsonOutput.Strings(w, "unresolvedRules", forecast.UnresolvedRules);
        ComplianceReportJson.WriteProvenance(w, forecast.Provenance);
        w.WriteEndObject();
    }

    private static void WriteChange(Utf8JsonWriter w, ForecastChange change)
    {
        w.WriteStartObject();
        w.WriteString("date", Day(change.Date));
        w.WriteStartObject("condition");
        w.WriteString("before", Naming.EnumName(change.ConditionBefore));
        w.WriteString("after", Naming.EnumName(change.ConditionAfter));
        w.WriteEndObject();
        w.WriteBoolean("lapse", change.IsLapse);
        w.WriteStartArray("criteria");
        foreach (var criterion in change.Criteria)
        {
            w.WriteStartObject();
            w.WriteString("id", criterion.CriterionId);
            w.WriteString("before", Naming.EnumName(criterion.Before));
            w.WriteString("after", Naming.EnumName(criterion.After));
            w.WriteBoolean("lapse", criterion.IsLapse);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("causes");
        foreach (var cause in change.Causes)
        {
            WriteCause(w, cause);
        }

        w.WriteEndArray();
        w.WriteStartArray("findings");
        foreach (var finding in change.Findings)
        {
            w.WriteStartObject();
            w.WriteString("change", Naming.EnumName(finding.Kind));
            WriteFinding(w, finding.Finding);
            w.WriteStartArray("causes");
            foreach (var cause in finding.Causes)
            {
                var index = IndexOf(change.Causes, cause);
                if (index >= 0)
                {
                    w.WriteNumberValue(index);
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Writes the keys of a finding a forecast needs (inside the caller's object).</summary>
    private static void WriteFinding(Utf8JsonWriter w, Finding finding)
    {
        w.WriteString("ruleId", finding.RuleId);
        w.WriteString("criterionId", finding.CriterionId);
        w.WriteString("severity", Naming.EnumName(finding.Severity));
        w.WriteString("status", Naming.EnumName(finding.Status));
        w.WriteBoolean("waived", finding.IsWaived);
        ComplianceReportJson.WriteSubject(w, "subject", finding.Subject);
        w.WriteString("message", finding.Message);
        w.WriteString("recommendation", finding.Recommendation);
        ComplianceReportJson.WriteParameters(w, "parameters", finding.Parameters);
    }

    private static void WriteCause(Utf8JsonWriter w, ChangeCause cause)
    {
        w.WriteStartObject();
        w.WriteString("kind", Naming.EnumName(cause.Kind));
        w.WriteString("date", Day(cause.Date));
        w.WriteStartObject("offset");
        w.WriteNumber("years", cause.Offset.Years);
        w.WriteNumber("months", cause.Offset.Months);
        w.WriteNumber("days", cause.Offset.Days);
        w.WriteEndObject();
        w.WriteBoolean("dayAfter", cause.DayAfter);
        w.WriteString("text", ForecastText.Cause(cause));
        w.WriteString("path", cause.Path);
        w.WriteString("field", cause.Field);
        if (cause.Year is { } year)
        {
            w.WriteNumber("year", year);
        }
        else
        {
            w.WriteNull("year");
        }

        ComplianceReportJson.WriteSubject(w, "subject", cause.Subject);
        ComplianceReportJson.Location(w, "location", cause.Location);
        if (cause.Waiver is null)
        {
            w.WriteNull("waiver");
        }
        else
        {
            w.WriteStartObject("waiver");
            ComplianceReportJson.WriteWaiver(w, cause.Waiver);
            w.WriteEndObject();
        }

        JsonOutput.Strings(w, "rules", cause.Rules);
        ComplianceReportJson.WriteParameters(w, "parameters", cause.Parameters);
        w.WriteEndObject();
    }

    private static void Intervals(Utf8JsonWriter w, string name, IReadOnlyList<VerdictInterval> intervals)
    {
        w.WriteStartArray(name);
        foreach (var interval in intervals)
        {
            w.WriteStartObject();
            w.WriteString("start", Day(interval.Start));
            w.WriteString("end", Day(interval.End));
            w.WriteString("verdict", Naming.EnumName(interval.Verdict));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static int IndexOf(IReadOnlyList<ChangeCause> causes, ChangeCause cause)
    {
        for (var i = 0; i < causes.Count; i++)
        {
            if (ReferenceEquals(causes[i], cause))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
