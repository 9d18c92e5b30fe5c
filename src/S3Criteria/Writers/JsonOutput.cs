using System.Text.Json;
using S3Criteria.Reports;
using S3Criteria.Writers.Escaping;

namespace S3Criteria.Writers;

/// <summary>What the JSON and SARIF writers write the same way: the writer options, evidence and lists of strings.</summary>
internal static class JsonOutput
{
    /// <summary>Indented, <c>\n</c> line ends, valid escapes only (<see cref="JsonEscaping"/>).</summary>
    public static readonly JsonWriterOptions Options = JsonEscaping.WriterOptions;

    /// <summary>Writes <c>"evidence": [{ "name": ..., "value": ... }, ...]</c>.</summary>
    public static void Evidence(Utf8JsonWriter w, IReadOnlyList<EvidenceItem> evidence)
    {
        w.WriteStartArray("evidence");
        foreach (var item in evidence)
        {
            w.WriteStartObject();
            w.WriteString("name", item.Name);
            w.WriteString("value", item.Value);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>Writes an array of strings under <paramref name="name"/>.</summary>
    public static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
