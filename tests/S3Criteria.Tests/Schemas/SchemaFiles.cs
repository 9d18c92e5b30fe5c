using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using S3Criteria.Diagnostics;
using S3Criteria.Text;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Schemas;

/// <summary>
/// The JSON schemas the tests validate against (the official SARIF 2.1.0 schema and the ones S3Criteria publishes in
/// <c>schemas/</c>), validation with JsonSchema.Net, and YAML read as JSON the way a YAML language server reads it.
/// </summary>
internal static partial class SchemaFiles
{
    private static readonly Lazy<JsonSchema> SarifSchema = new(() => Build(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-2.1.0.json"))));
    // The published schemas share one registry: rule-tests.schema.json refers to strategy.schema.json by its $id.
    private static readonly SchemaRegistry PublishedRegistry = new();
    private static readonly Lazy<JsonSchema> StrategySchema = new(() => Build(File.ReadAllText(Published("strategy.schema.json")), PublishedRegistry));
    private static readonly Lazy<JsonSchema> RulesSchema = new(() => Build(File.ReadAllText(Published("rules.schema.json"))));
    private static readonly Lazy<JsonSchema> ReportSchema = new(() => Build(File.ReadAllText(Published("report.schema.json"))));
    private static readonly Lazy<JsonSchema> WaiversSchema = new(() => Build(File.ReadAllText(Published("waivers.schema.json"))));
    private static readonly Lazy<JsonSchema> ConfigSchema = new(() => Build(File.ReadAllText(Published("config.schema.json"))));
    private static readonly Lazy<JsonSchema> RuleTestsSchema = new(() =>
    {
        _ = StrategySchema.Value;
        return Build(File.ReadAllText(Published("rule-tests.schema.json")), PublishedRegistry);
    });
    private static readonly Lazy<JsonSchema> ForecastSchema = new(() => Build(File.ReadAllText(Published("forecast.schema.json"))));

    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>Gets the official SARIF 2.1.0 schema (OASIS, errata 01).</summary>
    public static JsonSchema Sarif => SarifSchema.Value;

    /// <summary>Gets <c>schemas/strategy.schema.json</c>.</summary>
    public static JsonSchema Strategy => StrategySchema.Value;

    /// <summary>Gets <c>schemas/rules.schema.json</c>.</summary>
    public static JsonSchema Rules => RulesSchema.Value;

    /// <summary>Gets <c>schemas/report.schema.json</c>.</summary>
    public static JsonSchema Report => ReportSchema.Value;

    /// <summary>Gets <c>schemas/waivers.schema.json</c>.</summary>
    public static JsonSchema Waivers => WaiversSchema.Value;

    /// <summary>Gets <c>schemas/config.schema.json</c>.</summary>
    public static JsonSchema Config => ConfigSchema.Value;

    /// <summary>Gets <c>schemas/rule-tests.schema.json</c>.</summary>
    public static JsonSchema RuleTests => RuleTestsSchema.Value;

    /// <summary>Gets <c>schemas/forecast.schema.json</c>.</summary>
    public static JsonSchema Forecast => ForecastSchema.Value;

    /// <summary>The path of a schema S3Criteria publishes.</summary>
    public static string Published(string name) => Repository.File("schemas", name);

    /// <summary>The sample strategy documents, as copied to the test's output folder.</summary>
    public static TheoryData<string> Samples() =>
        [.. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "samples", "strategies"))
            .Where(f => Path.GetExtension(f) is ".yaml" or ".yml" or ".json")
            .Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal)];

    /// <summary>The path of a sample strategy document in the test's output folder.</summary>
    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", "strategies", name);

    /// <summary>Validates JSON text; returns every error as <c>instance path: keyword: message</c>, none when valid.</summary>
    public static IReadOnlyList<string> Validate(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return Validate(schema, document.RootElement);
    }

    /// <summary>Validates a JSON value; returns every error, none when valid.</summary>
    public static IReadOnlyList<string> Validate(JsonSchema schema, JsonNode? node)
    {
        using var document = JsonDocument.Parse(node?.ToJsonString() ?? "null");
        return Validate(schema, document.RootElement);
    }

    /// <summary>Asserts that validation failed at an instance path (<c>""</c> for the root), with a keyword if given.</summary>
    public static void AssertError(IReadOnlyList<string> errors, string instancePath, string? keyword = null) =>
        Assert.True(
            errors.Any(e => e.StartsWith(instancePath + ": ", StringComparison.Ordinal) && (keyword is null || e.Contains(keyword, StringComparison.Ordinal))),
            $"Expected an error at '{instancePath}'{(keyword is null ? string.Empty : $" about {keyword}")}; got:\n{string.Join("\n", errors)}");

    /// <summary>Reads one YAML document as JSON with the YAML 1.2 core schema, as YAML language servers do.</summary>
    public static JsonNode? YamlToJson(string yaml)
    {
        var diagnostics = new List<Diagnostic>();
        var root = YamlTreeReader.Read(new SourceText(yaml, null), diagnostics);
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
        return ToJson(root!);
    }

    private static IReadOnlyList<string> Validate(JsonSchema schema, JsonElement instance)
    {
        var results = schema.Evaluate(instance, Evaluation);
        if (results.IsValid)
        {
            return [];
        }

        // The list output holds the errors of every branch tried; report the leaves, where the keyword failed.
        return [.. (results.Details ?? [results])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} ({d.EvaluationPath}): {e.Value}"))
            .Distinct(StringComparer.Ordinal)];
    }

    private static JsonSchema Build(string text, SchemaRegistry? registry = null)
    {
        // The official SARIF schema declares draft-04, which JsonSchema.Net does not ship: read it as draft-06 with
        // draft-04's "id" kept as an unknown keyword. Nothing else of draft-04 that differs is used by that schema.
        var dialects = new DialectRegistry();
        dialects.Register(Dialect.Draft06.With([], new Uri("http://json-schema.org/draft-04/schema#"), refIgnoresSiblingKeywords: true, allowUnknownKeywords: true));
        return JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = registry ?? new SchemaRegistry(), DialectRegistry = dialects });
    }

    private static JsonNode? ToJson(YNode node) => node switch
    {
        YMapping mapping => new JsonObject(mapping.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToJson(e.Value)))),
        YSequence sequence => new JsonArray([.. sequence.Items.Select(ToJson)]),
        YScalar { Style: not ScalarStyle.Plain } scalar => scalar.Value,
        YScalar scalar => Plain(scalar.Value),
        _ => throw new InvalidOperationException(node.KindName.English),
    };

    /// <summary>Resolves a plain scalar by the YAML 1.2 core schema: null, boolean, integer, float, else text.</summary>
    private static JsonNode? Plain(string text)
    {
        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return text[0] is 't' or 'T';
        }

        if (Integer().IsMatch(text))
        {
            return JsonValue.Create(decimal.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        }

        if (Float().IsMatch(text))
        {
            return JsonValue.Create(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return text;
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
