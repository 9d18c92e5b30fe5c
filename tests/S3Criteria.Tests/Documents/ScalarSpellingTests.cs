using S3Criteria.Diagnostics;
using S3Criteria.Documents;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Documents;

/// <summary>
/// Values are spelt as the JSON Schema reads them: booleans and numbers without quotes, text that would read as a
/// number or a boolean in quotes; each error is located, and all are reported together.
/// </summary>
public sealed class ScalarSpellingTests
{
    [Fact]
    public void Parse_QuotedBooleanAndNumberAndUnquotedNumericId_ReportsEachAtItsValue()
    {
        var yaml = RuleHarness.BaseStrategy + """
            analysis: { covers-digitalisation: 'true' }
            priorities:
              - { id: 42, name: A, budget: "1000" }

            """;

        var diagnostics = StrategyDocument.TryParse(yaml, filePath: "s.yaml").Diagnostics;

        Assert.Equal(["analysis.covers-digitalisation", "priorities[0].id", "priorities[0].budget"], diagnostics.Select(d => d.Path));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.WrongType, d.Code));
        Assert.Contains("s.yaml(6,36): error S3Y0005: analysis.covers-digitalisation: Expected true or false, found the text 'true' (in quotes).", diagnostics[0].ToString(), StringComparison.Ordinal);
        Assert.Contains("found 42, which YAML and JSON read as a number or a boolean. Write it in quotes ('42')", diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evaluation-planned: True", true)]
    [InlineData("evaluation-planned: FALSE", true)]
    [InlineData("evaluation-planned: yes", false)]
    [InlineData("system: '2021'", true)]
    [InlineData("system: 2021", false)]
    [InlineData("system: 0x1F", false)]
    [InlineData("system: .inf", false)]
    [InlineData("system: 2021 observatory", true)]
    public void Parse_MonitoringValue_LoadsOnlyWhenSpeltAsTheSchemaReadsIt(string entry, bool loads) =>
        Assert.Equal(loads, StrategyDocument.TryParse(RuleHarness.BaseStrategy + $"monitoring: {{ {entry} }}\n").Success);

    [Fact]
    public void Parse_JsonStringForANumber_IsRejected()
    {
        const string Json = """{ "id": "s", "title": "T", "region": { "code": "FI1D8", "name": "Kainuu", "category": "transition" }, "period-start": "2021", "period-end": 2027 }""";

        var diagnostic = Assert.Single(StrategyDocument.TryParse(Json, StrategyDocumentFormat.Json).Diagnostics);

        Assert.Equal("period-start", diagnostic.Path);
    }
}
