using System.Text.Json.Nodes;
using S3Criteria.Documents;
using S3Criteria.Forecasting;
using S3Criteria.Model;
using S3Criteria.Reports;
using S3Criteria.Waivers;
using S3Criteria.Writers;

namespace S3Criteria.Tests.Schemas;

/// <summary>The JSON forecast of every sample is valid against the published <c>schemas/forecast.schema.json</c>.</summary>
public sealed class ForecastSchemaTests
{
    public static TheoryData<string> Samples => SchemaFiles.Samples();

    private static string Forecast(string sample, WaiverSet? waivers = null) =>
        ComplianceForecastJson.Serialize(new ComplianceForecaster(Forecasting.ForecastStrategies.BuiltIn, new ComplianceForecastOptions
        {
            From = Forecasting.ForecastStrategies.From,
            Waivers = waivers ?? WaiverSet.Empty,
        }).Forecast(StrategyDocument.Load(SchemaFiles.Sample(sample))));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Serialize_SampleForecast_ValidatesAgainstForecastSchema(string sample) =>
        Assert.Empty(SchemaFiles.Validate(SchemaFiles.Forecast, Forecast(sample)));

    [Fact]
    public void Serialize_ForecastWithWaiverExpiry_ValidatesAgainstForecastSchema()
    {
        var waivers = WaiverSet.Parse("""
            waivers:
              - { rule: C1-01, reason: Update under way., expires: 2027-05-31 }
            """, "waivers.yaml");

        var json = Forecast("centro.yaml", waivers);

        Assert.Contains("\"kind\": \"waiver-expiry\"", json, StringComparison.Ordinal);
        Assert.Contains("\"change\": \"waiver-expires\"", json, StringComparison.Ordinal);
        Assert.Empty(SchemaFiles.Validate(SchemaFiles.Forecast, json));
    }

    [Fact]
    public void ForecastSchema_VersionAndEnumerations_MatchTheCode()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaFiles.Published("forecast.schema.json")))!;
        var definitions = schema["$defs"]!;

        Assert.Equal(ComplianceForecastJson.SchemaVersion, (string?)schema["properties"]!["schemaVersion"]!["const"]);
        Assert.Equal(Naming.EnumNames(typeof(Verdict)), ReportSchemaTests.Values(definitions["verdict"]!["enum"]));
        Assert.Equal(Naming.EnumNames(typeof(ChangeCauseKind)), ReportSchemaTests.Values(definitions["cause"]!["properties"]!["kind"]!["enum"]));
        var change = schema["properties"]!["changes"]!["items"]!["properties"]!["findings"]!["items"]!["properties"]!["change"]!;
        Assert.Equal(Naming.EnumNames(typeof(FindingChangeKind)), ReportSchemaTests.Values(change["enum"]));
    }

    [Fact]
    public void Validate_ForecastWithUnknownKeyOrVerdict_IsRejected()
    {
        var forecast = JsonNode.Parse(Forecast("exemplary.yaml"))!;
        forecast["extra"] = 1;
        forecast["condition"]![0]!["verdict"] = "partly";

        var errors = SchemaFiles.Validate(SchemaFiles.Forecast, forecast);

        SchemaFiles.AssertError(errors, "/extra", "false");
        SchemaFiles.AssertError(errors, "/condition/0/verdict", "enum");
    }
}
