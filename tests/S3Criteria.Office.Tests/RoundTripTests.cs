using S3Criteria.Documents;

namespace S3Criteria.Office.Tests;

/// <summary>
/// Conversion loses nothing: every sample, yaml to xlsx to yaml (and through JSON), gives the same model, and the JSON
/// report of the workbook equals the YAML's once the document's path, hash and locations are removed.
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> Samples => Support.Samples.Names();

    [Theory]
    [MemberData(nameof(Samples))]
    public void YamlToXlsxToYaml_Sample_GivesTheSameModel(string sample)
    {
        var yaml = Support.Samples.Load(sample);

        var workbook = StrategyWorkbook.TryRead(Support.Samples.ToWorkbook(yaml), $"{sample}.xlsx");
        Assert.True(workbook.Success, string.Join('\n', workbook.Diagnostics));
        var back = StrategyDocument.TryParse(StrategyDocumentWriter.Write(workbook.Value!.Strategy), filePath: $"{sample}.yaml");

        Assert.True(back.Success, string.Join('\n', back.Diagnostics));
        var expected = StrategyDocumentWriter.Write(yaml.Strategy, StrategyDocumentFormat.Json);
        Assert.Equal(expected, StrategyDocumentWriter.Write(workbook.Value.Strategy, StrategyDocumentFormat.Json));
        Assert.Equal(expected, StrategyDocumentWriter.Write(back.Value!.Strategy, StrategyDocumentFormat.Json));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void YamlToJsonToYaml_Sample_GivesTheSameModel(string sample)
    {
        var yaml = Support.Samples.Load(sample);

        var json = StrategyDocument.TryParse(StrategyDocumentWriter.Write(yaml.Strategy, StrategyDocumentFormat.Json), StrategyDocumentFormat.Json);
        Assert.True(json.Success, string.Join('\n', json.Diagnostics));
        var back = StrategyDocument.Parse(StrategyDocumentWriter.Write(json.Value!.Strategy));

        Assert.Equal(StrategyDocumentWriter.Write(yaml.Strategy), StrategyDocumentWriter.Write(back.Strategy));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Report_OfSampleAsWorkbook_EqualsTheYamlReportWithoutSource(string sample)
    {
        var yaml = Support.Samples.Load(sample);
        var workbook = StrategyWorkbook.TryRead(Support.Samples.ToWorkbook(yaml), $"{sample}.xlsx").GetValueOrThrow();

        var expected = Support.Samples.ReportWithoutSource(Support.Samples.Evaluate(yaml));
        var actual = Support.Samples.ReportWithoutSource(Support.Samples.Evaluate(workbook));

        Assert.Equal(expected, actual);
    }
}
