using System.Text;
using System.Text.Json;
using S3Criteria.Writers.Escaping;

namespace S3Criteria.Tests.Writers.Escaping;

public sealed class JsonEscapingTests
{
    [Fact]
    public void Text_LoneSurrogates_BecomeReplacementCharacters()
    {
        Assert.Equal("\uFFFDa\uFFFD\uD83D\uDE00", JsonEscaping.Text("\ud800a\udc00\uD83D\uDE00"));
        Assert.Same("plain", JsonEscaping.Text("plain"));
    }

    [Fact]
    public void WriterOptions_HostileStrings_GiveValidJsonAndUtf8()
    {
        const string hostile = "\ud800 \udfff \u0000\u001b\u0007\u007f\u0085 \u2028\u2029 \"\\ </script> é 😀";
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonEscaping.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("text", hostile);
            writer.WriteEndObject();
        }

        var bytes = stream.ToArray();
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        using var json = JsonDocument.Parse(bytes);
        Assert.Equal("\uFFFD \uFFFD \u0000\u001b\u0007\u007f\u0085 \u2028\u2029 \"\\ </script> é 😀", json.RootElement.GetProperty("text").GetString());
        Assert.Contains("\\u001B", text, StringComparison.Ordinal);
        Assert.Contains("\\u2028", text, StringComparison.Ordinal);
        Assert.Contains(" é ", text, StringComparison.Ordinal);
        Assert.Contains("\\uD83D\\uDE00", text, StringComparison.Ordinal); // characters beyond the BMP are written as a valid escaped pair
        Assert.DoesNotContain(text, c => c < ' ' && c != '\n');
    }
}
