using System.Text.Json.Nodes;
using S3Criteria.Model;
using S3Criteria.Reports;
using S3Criteria.Rules;
using S3Criteria.Writers;

namespace S3Criteria.Tests.Schemas;

/// <summary>The JSON report of every sample is valid against the published <c>schemas/report.schema.json</c>.</summary>
public sealed class ReportSchemaTests
{
    public static TheoryData<string> Samples => SchemaFiles.Samples();

    [Theory]
    [MemberData(nameof(Samples))]
    public void Serialize_Sample_ValidatesAgainstReportSchema(string sample)
    {
        var json = ComplianceReportJson.Serialize(SampleReports.Evaluate(sample));

        Assert.Empty(SchemaFiles.Validate(SchemaFiles.Report, json));
    }

    [Fact]
    public void ReportSchema_Version_IsTheWrittenOne()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaFiles.Published("report.schema.json")))!;

        Assert.Equal(ComplianceReportJson.SchemaVersion, (string?)schema["properties"]!["schemaVersion"]!["const"]);
    }

    [Fact]
    public void ReportSchema_Enumerations_MatchTheCode()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaFiles.Published("report.schema.json")))!;
        var definitions = schema["$defs"]!;

        Assert.Equal(Naming.EnumNames(typeof(Verdict)), Values(definitions["verdict"]!["enum"]));
        Assert.Equal(Naming.EnumNames(typeof(Severity)), Values(definitions["severity"]!["enum"]));
        Assert.Equal(Naming.EnumNames(typeof(FindingStatus)), Values(definitions["finding"]!["properties"]!["status"]!["enum"]));
        Assert.Equal(Naming.EnumNames(typeof(RuleOutcome)), Values(schema["properties"]!["rules"]!["items"]!["properties"]!["outcome"]!["enum"]));
    }

    [Fact]
    public void Validate_ReportWithUnknownKey_IsRejected()
    {
        var report = JsonNode.Parse(ComplianceReportJson.Serialize(SampleReports.Evaluate(SchemaFiles.Samples().First().Data)))!;
        report["extra"] = 1;
        report["verdict"] = "fine";

        var errors = SchemaFiles.Validate(SchemaFiles.Report, report);

        SchemaFiles.AssertError(errors, "/extra", "false");
        SchemaFiles.AssertError(errors, "/verdict", "enum");
    }

    internal static List<string> Values(JsonNode? array) => [.. array!.AsArray().Select(v => v!.GetValue<string>())];
}
