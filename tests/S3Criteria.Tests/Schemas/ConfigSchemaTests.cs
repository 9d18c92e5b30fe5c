using System.Text.Json.Nodes;
using S3Criteria.Cli;
using S3Criteria.Diagnostics;
using S3Criteria.Tests.Support;
using S3Criteria.Writers;

namespace S3Criteria.Tests.Schemas;

/// <summary>
/// <c>schemas/config.schema.json</c> and the reader of <c>.s3criteria.yaml</c> (<see cref="ConfigFile"/>) agree on a
/// corpus of near-miss files. What a schema cannot express: that the files named exist, and that at most one format
/// goes to standard output (the command line checks both when it runs).
/// </summary>
public sealed class ConfigSchemaTests
{
    public const string Example = """
        rules: [rules/]
        with-built-in: true
        parameters:
          max-analysis-age-years: 4
          min-measures-per-priority: '2'
        waivers: waivers.yaml
        fail-on: advisory
        formats:
          - console
          - sarif=out/report.sarif
        exclude: [drafts, '*.old.yaml']
        date: 2026-11-25
        language: en
        quiet: true
        verbose: false
        """;

    public static TheoryData<string, bool> Corpus() => new()
    {
        { Example, true },
        { "{}", true },
        { "rules: rules/\nexclude: drafts\nformats: json=r.json\n", true },
        { "date: '2026-11-25'\n", true },
        { "fail-on: blocker\n", false },
        { "fail-on: 1\n", false },
        { "quiet: 'true'\n", false },
        { "quiet: yes\n", false },
        { "quiet: ~\n", false },
        { "verbose: 1\n", false },
        { "with-built-in: on\n", false },
        { "waivers: 3\n", false },
        { "waivers: '   '\n", false },
        { "waivers: [a.yaml]\n", false },
        { "language: ~\n", false },
        { "rules: [rules/, 5]\n", false },
        { "rules: {a: b}\n", false },
        { "exclude: [drafts, ~]\n", false },
        { "formats: [xml]\n", false },
        { "formats: [json=]\n", false },
        { "formats: {json: out.json}\n", false },
        { "date: 2026-02-30\n", false },
        { "date: 25.11.2026\n", false },
        { "date: 20261125\n", false },
        { "parameters: [a, b]\n", false },
        { "parameters:\n  max-analysis-age-years: ~\n", false },
        { "parameters:\n  max-analysis-age-years: [1, 2]\n", false },
        { "qiuet: true\n", false },
        { "format: json\n", false },
        { "- rules\n", false },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void NearMiss_SchemaAndReader_Agree(string yaml, bool valid)
    {
        var diagnostics = new List<Diagnostic>();
        var config = ConfigFile.Parse(yaml, ".s3criteria.yaml", diagnostics);
        var errors = SchemaFiles.Validate(SchemaFiles.Config, SchemaFiles.YamlToJson(yaml) ?? new JsonObject());

        Assert.Equal(valid, config is not null);
        Assert.Equal(valid, errors.Count == 0);
        Assert.Equal(valid, diagnostics.Count == 0);
        Assert.All(diagnostics, d => Assert.NotNull(d.Location));
    }

    [Fact]
    public void Schema_ListsTheReadersKeysAndTheRegistrysFormats()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaFiles.Published("config.schema.json")))!;

        Assert.Equal(ConfigFile.Keys, schema["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal($"^({string.Join('|', ReportWriterRegistry.Default.Formats)})(=.+)?$", schema["$defs"]!["format"]!["pattern"]!.GetValue<string>());
    }

    [Fact]
    public void Readme_ConfigurationExample_IsTheOneTested() =>
        Assert.Contains(Example.Replace("\r", string.Empty, StringComparison.Ordinal), File.ReadAllText(Repository.File("README.md")).Replace("\r", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
}
