using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace S3Criteria.Tests.Schemas;

/// <summary>The schemas S3Criteria publishes in <c>schemas/</c> are themselves valid JSON Schema draft 2020-12.</summary>
public sealed class PublishedSchemaTests
{
    [Theory]
    [InlineData("strategy.schema.json")]
    [InlineData("rules.schema.json")]
    [InlineData("report.schema.json")]
    [InlineData("waivers.schema.json")]
    [InlineData("config.schema.json")]
    [InlineData("rule-tests.schema.json")]
    [InlineData("forecast.schema.json")]
    public void PublishedSchema_IsValidDraft202012(string name)
    {
        var text = File.ReadAllText(SchemaFiles.Published(name));
        using var document = JsonDocument.Parse(text);

        var results = MetaSchemas.Draft202012.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        var schema = JsonNode.Parse(text)!;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        Assert.EndsWith("/schemas/" + name, (string?)schema["$id"], StringComparison.Ordinal);
    }
}
