using System.Text.RegularExpressions;
using S3Criteria.Documents;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Documents;

public sealed partial class StrategyDocumentWriterTests
{
    [Theory]
    [InlineData("'2021'")]
    [InlineData("'true'")]
    [InlineData("'1.5e3'")]
    [InlineData("'null'")]
    public void Write_TextThatReadsAsAnotherTypeWithoutQuotes_KeepsItsQuotesAndLoadsBack(string id)
    {
        // An identifier typed into a workbook as 2021 is text; written as YAML without quotes it would read as a number.
        var yaml = File.ReadAllText(Repository.File("samples", "strategies", "exemplary.yaml")).ReplaceLineEndings("\n")
            .Replace("  - id: agri-food\n", $"  - id: {id}\n", StringComparison.Ordinal)
            .Replace("priority: agri-food\n", $"priority: {id}\n", StringComparison.Ordinal);
        yaml = PriorityReference().Replace(yaml, id);
        var original = StrategyDocument.TryParse(yaml, filePath: "s.yaml");
        Assert.True(original.Success, string.Join('\n', original.Diagnostics));

        foreach (var format in new[] { StrategyDocumentFormat.Yaml, StrategyDocumentFormat.Json })
        {
            var written = StrategyDocumentWriter.Write(original.Value!.Strategy, format);
            var reread = StrategyDocument.TryParse(written, format, "written");

            Assert.True(reread.Success, string.Join('\n', reread.Diagnostics));
            Assert.Equal(id.Trim('\''), reread.Value!.Strategy.Priorities![0].Id);
        }
    }

    [GeneratedRegex(@"(?<=priorities: \[[^\]\n]*)\bagri-food\b(?!-)")]
    private static partial Regex PriorityReference();
}
