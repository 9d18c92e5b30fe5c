using System.Text.Json.Nodes;
using S3Criteria.Documents;

namespace S3Criteria.Tests.Schemas;

/// <summary>
/// The schema and the loader agree on near misses: each mutation of a valid sample is accepted by both or rejected by
/// both (JsonSchema.Net on the YAML read as a YAML language server reads it; the loader on the text), except the
/// listed differences a JSON Schema cannot express, where the schema accepts and the loader rejects.
/// </summary>
public sealed class NearMissCorpusTests
{
    public static TheoryData<string> Names => [.. NearMissCorpus.Mutations.Select(m => m.Name)];

    [Fact]
    public void Corpus_HasFortyMutationsWithDistinctNames_AndEveryListedDifferenceIsOne()
    {
        Assert.True(NearMissCorpus.Mutations.Count >= 40, $"{NearMissCorpus.Mutations.Count} mutations");
        Assert.Equal(NearMissCorpus.Mutations.Count, NearMissCorpus.Mutations.Select(m => m.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(NearMissCorpus.SchemaCannotExpress.Keys, name => Assert.Contains(name, NearMissCorpus.Mutations.Select(m => m.Name)));
    }

    [Fact]
    public void Sample_IsAcceptedByBoth()
    {
        var (schemaErrors, loaderErrors) = Check(File.ReadAllText(SchemaFiles.Sample(NearMissCorpus.Sample)));

        Assert.Empty(schemaErrors);
        Assert.Empty(loaderErrors);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Mutation_SchemaAndLoader_Agree(string name)
    {
        var (_, find, replace) = NearMissCorpus.Mutations.Single(m => m.Name == name);
        var sample = File.ReadAllText(SchemaFiles.Sample(NearMissCorpus.Sample));
        var at = sample.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' is not in {NearMissCorpus.Sample}");

        var (schemaErrors, loaderErrors) = Check(string.Concat(sample.AsSpan(0, at), replace, sample.AsSpan(at + find.Length)));

        var detail = $"schema: [{string.Join("; ", schemaErrors)}]\nloader: [{string.Join("; ", loaderErrors)}]";
        if (NearMissCorpus.SchemaCannotExpress.ContainsKey(name))
        {
            Assert.True(schemaErrors.Count == 0 && loaderErrors.Count > 0, $"Listed as a difference the schema cannot express; now:\n{detail}");
        }
        else
        {
            Assert.True(schemaErrors.Count == 0 == (loaderErrors.Count == 0), $"The schema and the loader disagree:\n{detail}");
        }
    }

    [Theory]
    [InlineData("/id", 123, false)]
    [InlineData("/id", "123", true)]
    [InlineData("/priorities/0/budget", "45000000", false)]
    [InlineData("/analysis/covers-digitalisation", "true", false)]
    [InlineData("/governance", null, true)]
    public void JsonMutation_SchemaAndLoader_Agree(string location, object? value, bool valid)
    {
        var document = SchemaFiles.YamlToJson(File.ReadAllText(SchemaFiles.Sample(NearMissCorpus.Sample)))!;
        var segments = location.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var parent = segments[..^1].Aggregate(document, (node, segment) => int.TryParse(segment, out var i) ? node[i]! : node[segment]!);
        parent[segments[^1]] = JsonValue.Create(value);

        var schemaErrors = SchemaFiles.Validate(SchemaFiles.Strategy, document);
        var loaded = StrategyDocument.TryParse(document.ToJsonString(), StrategyDocumentFormat.Json);

        Assert.Equal(valid, schemaErrors.Count == 0);
        Assert.Equal(valid, loaded.Success);
    }

    [Fact]
    public void Date_ReadAsAMidnightTimestampByAYaml11Reader_PassesTheSchema()
    {
        var document = SchemaFiles.YamlToJson(File.ReadAllText(SchemaFiles.Sample(NearMissCorpus.Sample)))!;
        document["adopted"] = "2022-02-10T00:00:00.000Z";
        document["monitoring"]!["last-report"] = "2026-06-30T00:00:00Z";

        Assert.Empty(SchemaFiles.Validate(SchemaFiles.Strategy, document));

        document["adopted"] = "2022-02-10T13:45:00Z";
        SchemaFiles.AssertError(SchemaFiles.Validate(SchemaFiles.Strategy, document), "/adopted");
    }

    private static (IReadOnlyList<string> Schema, IReadOnlyList<string> Loader) Check(string yaml)
    {
        var loaded = StrategyDocument.TryParse(yaml, filePath: NearMissCorpus.Sample);
        return (SchemaFiles.Validate(SchemaFiles.Strategy, SchemaFiles.YamlToJson(yaml)), loaded.Success ? [] : [.. loaded.Diagnostics.Select(d => d.ToString()), "(not loaded)"]);
    }
}
