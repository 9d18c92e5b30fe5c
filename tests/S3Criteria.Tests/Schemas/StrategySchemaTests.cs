using System.Text.Json.Nodes;
using S3Criteria.Documents;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Schemas;

/// <summary>
/// <c>schemas/strategy.schema.json</c> is what <see cref="StrategyJsonSchema"/> generates from the model, and every sample
/// document validates against it, as an editor with a YAML language server would check it.
/// </summary>
public sealed class StrategySchemaTests
{
    public static TheoryData<string> Samples => SchemaFiles.Samples();

    [Fact]
    public void Generate_MatchesCheckedInSchema()
    {
        // On a difference, schemas/strategy.schema.received.txt holds the new schema: review it and copy it over.
        ApprovedFile.AssertMatches(SchemaFiles.Published("strategy.schema.json"), StrategyJsonSchema.Generate());
    }

    [Fact]
    public void Generate_TwiceGivesTheSameText() => Assert.Equal(StrategyJsonSchema.Generate(), StrategyJsonSchema.Generate());

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_ValidatesAgainstStrategySchema(string sample)
    {
        var text = File.ReadAllText(SchemaFiles.Sample(sample));
        var document = Path.GetExtension(sample) == ".json" ? JsonNode.Parse(text) : SchemaFiles.YamlToJson(text);

        Assert.Empty(SchemaFiles.Validate(SchemaFiles.Strategy, document));
    }

    [Fact]
    public void InitTemplate_ValidatesAgainstStrategySchema()
    {
        // Issue 15: the template's empty governance: block (null) is "absent" for the schema as for the loader.
        var text = File.ReadAllText(Repository.File("src", "S3Criteria.Cli", "Templates", "strategy-template.yaml"));

        Assert.Contains("\ngovernance:\n  #", text, StringComparison.Ordinal);
        Assert.True(StrategyDocument.TryParse(text).Success);
        Assert.Empty(SchemaFiles.Validate(SchemaFiles.Strategy, SchemaFiles.YamlToJson(text)));
    }

    [Fact]
    public void Validate_OptionalBlockLeftEmpty_IsAcceptedAsTheBinderDoes()
    {
        var yaml = RuleHarness.BaseStrategy + "governance:\nmonitoring:\nanalysis: ~\n";

        Assert.True(StrategyDocument.TryParse(yaml).Success);
        Assert.Empty(SchemaFiles.Validate(SchemaFiles.Strategy, SchemaFiles.YamlToJson(yaml)));
    }

    [Fact]
    public void Validate_DocumentTheBinderRejects_IsRejectedToo()
    {
        var document = SchemaFiles.YamlToJson(RuleHarness.BaseStrategy + """
            colour: blue
            status: approved
            adopted: 27 April 2022
            partnerships:
              - { id: p, title: P, instrument: interreg-europe, partners: [{ name: X, country: Italy }] }

            """)!;

        var errors = SchemaFiles.Validate(SchemaFiles.Strategy, document);

        SchemaFiles.AssertError(errors, "/colour", "false");
        SchemaFiles.AssertError(errors, "/status", "enum");
        SchemaFiles.AssertError(errors, "/adopted");
        SchemaFiles.AssertError(errors, "/partnerships/0", "status");
        SchemaFiles.AssertError(errors, "/partnerships/0/partners/0/country", "pattern");
        Assert.False(StrategyDocument.TryParse(RuleHarness.BaseStrategy + "colour: blue\n").Success);
    }

    [Fact]
    public void Validate_OptionalValueLeftEmpty_IsAcceptedAsTheBinderDoes()
    {
        var yaml = RuleHarness.BaseStrategy + "adopted:\npriorities:\n  - { id: a, name: A, budget: ~ }\n";
        var document = SchemaFiles.YamlToJson(yaml);

        Assert.True(StrategyDocument.TryParse(yaml).Success);
        Assert.Empty(SchemaFiles.Validate(SchemaFiles.Strategy, document));
    }
}
