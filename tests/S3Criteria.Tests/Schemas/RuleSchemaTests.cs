using System.Text.Json.Nodes;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Model;
using S3Criteria.Rules;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Schemas;

/// <summary>Every built-in rule file validates against <c>schemas/rules.schema.json</c>, which follows the reader and the model.</summary>
public sealed class RuleSchemaTests
{
    public static TheoryData<string> RuleFiles =>
        [.. Directory.EnumerateFiles(Repository.File("rules"), "*.yaml")
            .Where(f => !f.EndsWith(".tests.yaml", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal)];

    private static JsonNode Schema => JsonNode.Parse(File.ReadAllText(SchemaFiles.Published("rules.schema.json")))!;

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void BuiltInRuleFile_ValidatesAgainstRulesSchema(string file)
    {
        var document = SchemaFiles.YamlToJson(File.ReadAllText(Repository.File("rules", file)));

        Assert.Empty(SchemaFiles.Validate(SchemaFiles.Rules, document));
    }

    [Fact]
    public void RulesSchema_Vehicle_IsTheModelsVehicle()
    {
        var expected = StrategyJsonSchema.Definition(ModelSchema.Vehicle);

        Assert.True(JsonNode.DeepEquals(expected, Schema["$defs"]!["vehicle"]), $"Replace $defs.vehicle of schemas/rules.schema.json with:\n{expected}");
    }

    [Fact]
    public void RulesSchema_Enumerations_MatchTheCode()
    {
        var rule = Schema["$defs"]!["rule"]!["properties"]!;

        Assert.Equal(Naming.EnumNames(typeof(Severity)), ReportSchemaTests.Values(rule["severity"]!["enum"]));
        Assert.Equal([.. ModelSchema.Subjects.Select(s => s.Name)], ReportSchemaTests.Values(rule["for-each"]!["enum"]));
    }

    [Fact]
    public void Validate_RuleFileTheReaderRejects_IsRejectedToo()
    {
        const string Yaml = """
            criterion: { id: C, title: { it: Solo italiano } }
            rules:
              - id: R
                title: T
                severity: fatal
                for-each: region
                require: true
                message: m
                hint: unknown key
              - id: S
                title: T
                severity: info
                message: no require
            """;

        var errors = SchemaFiles.Validate(SchemaFiles.Rules, SchemaFiles.YamlToJson(Yaml));

        SchemaFiles.AssertError(errors, "/criterion/title", "required");
        SchemaFiles.AssertError(errors, "/rules/0/severity", "enum");
        SchemaFiles.AssertError(errors, "/rules/0/for-each", "enum");
        SchemaFiles.AssertError(errors, "/rules/0/hint", "false");
        SchemaFiles.AssertError(errors, "/rules/1", "require");
        Assert.False(new RuleSetBuilder().AddYaml(Yaml).TryBuild().Success);
    }
}
