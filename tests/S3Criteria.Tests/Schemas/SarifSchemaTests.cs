using S3Criteria.Writers;

namespace S3Criteria.Tests.Schemas;

/// <summary>The SARIF output of every sample is valid against the official SARIF 2.1.0 schema.</summary>
public sealed class SarifSchemaTests
{
    public static TheoryData<string> Samples => SchemaFiles.Samples();

    [Theory]
    [MemberData(nameof(Samples))]
    public void Serialize_Sample_ValidatesAgainstOfficialSarifSchema(string sample)
    {
        var sarif = ComplianceReportSarif.Serialize([SampleReports.Evaluate(sample)], SampleReports.Rules);

        Assert.Empty(SchemaFiles.Validate(SchemaFiles.Sarif, sarif));
    }

    [Fact]
    public void Serialize_AllSamplesInOneRun_ValidatesAndListsEveryDocument()
    {
        var reports = Samples.Select(row => SampleReports.Evaluate(row.Data)).ToList();

        var sarif = ComplianceReportSarif.Serialize(reports, SampleReports.Rules);

        Assert.Empty(SchemaFiles.Validate(SchemaFiles.Sarif, sarif));
        var run = System.Text.Json.Nodes.JsonNode.Parse(sarif)!["runs"]![0]!;
        Assert.Equal(reports.Count, run["artifacts"]!.AsArray().Count);
        Assert.Equal(reports.Sum(r => r.Findings.Count), run["results"]!.AsArray().Count(r => (string?)r!["kind"] == "fail"));
    }

    [Fact]
    public void Validate_BrokenSarif_IsRejected()
    {
        // Guards the guard: the schema must reject what SARIF forbids (a region with a column but no line, an unknown level).
        const string Sarif = """
            {"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"level":"fatal",
             "locations":[{"physicalLocation":{"artifactLocation":{"uri":"a.yaml"},"region":{"startColumn":3}}}]}]}]}
            """;

        var errors = SchemaFiles.Validate(SchemaFiles.Sarif, Sarif);

        SchemaFiles.AssertError(errors, "/runs/0/results/0/level", "enum");
        SchemaFiles.AssertError(errors, "/runs/0/results/0/locations/0/physicalLocation/region", "required");
    }
}
