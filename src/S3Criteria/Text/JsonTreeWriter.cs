using System.Text.Encodings.Web;
using System.Text.Json;

namespace S3Criteria.Text;

/// <summary>
/// Writes a tree of <see cref="YNode"/>s as indented JSON: plain scalars (numbers, <c>true</c>, <c>false</c>) as JSON
/// numbers and booleans, every other scalar as a string.
/// </summary>
internal static class JsonTreeWriter
{
    public static void Write(YNode root, Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Emit(writer, root);
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void Emit(Utf8JsonWriter writer, YNode node)
    {
        switch (node)
        {
            case YMapping mapping:
                writer.WriteStartObject();
                foreach (var (key, value) in mapping.Entries)
                {
                    writer.WritePropertyName(key.Value);
                    Emit(writer, value);
                }

                writer.WriteEndObject();
                break;
            case YSequence sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Items)
                {
                    Emit(writer, item);
                }

                writer.WriteEndArray();
                break;
            case YScalar { Style: ScalarStyle.Plain, Value: "true" or "false" } flag:
                writer.WriteBooleanValue(flag.Value == "true");
                break;
            case YScalar { Style: ScalarStyle.Plain } number:
                writer.WriteRawValue(number.Value);
                break;
            case YScalar text:
                writer.WriteStringValue(text.Value);
                break;
        }
    }
}
