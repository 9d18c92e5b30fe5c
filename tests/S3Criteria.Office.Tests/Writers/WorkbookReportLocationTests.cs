using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using S3Criteria.Writers;

namespace S3Criteria.Office.Tests.Writers;

/// <summary>Reports of a workbook locate findings at a sheet and cell: SARIF as a logical location, JSON as sheet and cell.</summary>
public sealed class WorkbookReportLocationTests
{
    [Fact]
    public void Sarif_OfAWorkbook_LocatesFindingsBySheetAndCellAndIsValid()
    {
        var document = StrategyWorkbook.TryRead(Support.Samples.ToWorkbook(Support.Samples.Load("weak-draft")), "weak-draft.xlsx").GetValueOrThrow();
        var report = Support.Samples.Evaluate(document);

        var sarif = ComplianceReportSarif.Serialize([report], Support.Samples.Rules);

        var results = JsonNode.Parse(sarif)!["runs"]![0]!["results"]!.AsArray();
        var located = results.Where(r => r!["locations"]?[0]?["logicalLocations"]?.AsArray().Any(l => (string?)l!["kind"] == "element") == true).ToList();
        Assert.NotEmpty(located);
        Assert.All(located, r =>
        {
            var location = r!["locations"]![0]!;
            Assert.Null(location["physicalLocation"]!["region"]);
            var cell = location["logicalLocations"]!.AsArray().Single(l => (string?)l!["kind"] == "element")!;
            Assert.Matches("^(Strategy|Priorities|Partnerships|Partners|Stakeholders|Indicators|Actions|Evidence)![A-Z]+[0-9]+$", (string?)cell["fullyQualifiedName"]);
        });
        // The official schema declares draft-04, read as draft-06 as tests/S3Criteria.Tests/Schemas/SchemaFiles.cs does.
        var dialects = new DialectRegistry();
        dialects.Register(Dialect.Draft06.With([], new Uri("http://json-schema.org/draft-04/schema#"), refIgnoresSiblingKeywords: true, allowUnknownKeywords: true));
        var text = File.ReadAllText(Support.Repository.File("tests", "S3Criteria.Tests", "Schemas", "sarif-2.1.0.json"));
        var schema = JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry(), DialectRegistry = dialects });
        using var parsed = JsonDocument.Parse(sarif);
        Assert.True(schema.Evaluate(parsed.RootElement).IsValid);
    }

    [Fact]
    public void Json_OfAWorkbook_GivesSheetAndCellOfLocations()
    {
        var document = StrategyWorkbook.TryRead(Support.Samples.ToWorkbook(Support.Samples.Load("weak-draft")), "weak-draft.xlsx").GetValueOrThrow();

        var json = ComplianceReportJson.Serialize(Support.Samples.Evaluate(document));

        var cells = JsonNode.Parse(json)!.Root.ToJsonString();
        Assert.Contains("\"sheet\":", cells, StringComparison.Ordinal);
        Assert.Matches("\"cell\":\"[A-Z]+[0-9]+\"", cells);
    }
}
