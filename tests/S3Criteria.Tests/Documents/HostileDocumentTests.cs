using S3Criteria.Diagnostics;
using S3Criteria.Documents;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Documents;

/// <summary>Documents that used to throw, or to produce errors as large as themselves, get located, bounded errors.</summary>
public sealed class HostileDocumentTests
{
    private const string Json = """
        { "id": "s", "title": "TITLE", "region": { "code": "RO21", "name": "Nord-Est", "category": "less-developed" },
          "period-start": 2021, "period-end": 2027 }
        """;

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("\\udfff")]
    [InlineData("a\\ud83d")]
    [InlineData("\\ude00\\ud83d")]
    public void TryParse_JsonStringWithLoneSurrogate_IsALocatedErrorNotAnException(string escape)
    {
        var result = StrategyDocument.TryParse(Json.Replace("TITLE", escape, StringComparison.Ordinal), StrategyDocumentFormat.Json, "s.json");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.Syntax, diagnostic.Code);
        Assert.Equal(new SourceLocation("s.json", 1, 23), diagnostic.Location);
        Assert.Contains("half of a surrogate pair", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_JsonKeyWithLoneSurrogate_IsALocatedError()
    {
        var result = StrategyDocument.TryParse(Json.Replace("\"title\"", "\"ti\\udc00tle\"", StringComparison.Ordinal), StrategyDocumentFormat.Json, "s.json");

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.Syntax && d.Message.Contains("surrogate", StringComparison.Ordinal) && Equals(d.Location, new SourceLocation("s.json", 1, 14)));
    }

    [Fact]
    public void TryParse_JsonStringWithSurrogatePair_Loads()
    {
        var document = StrategyDocument.TryParse(Json.Replace("TITLE", "\\ud83d\\ude00", StringComparison.Ordinal), StrategyDocumentFormat.Json, "s.json");

        Assert.True(document.Success, string.Join("\n", document.Diagnostics));
        Assert.Equal("\U0001F600", document.Value!.Strategy.Title);
    }

    [Fact]
    public void TryParse_ThousandsOfUnresolvedReferences_EachErrorListsAFewIdentifiersAndTheClosest()
    {
        const int Count = 10_000;
        var yaml = new System.Text.StringBuilder(RuleHarness.BaseStrategy).Append("priorities:\n");
        for (var i = 0; i < Count; i++)
        {
            yaml.Append("  - { id: priority-").Append(i).Append(", name: P }\n");
        }

        yaml.Append("partnerships:\n");
        for (var i = 0; i < Count; i++)
        {
            yaml.Append("  - { id: p").Append(i).Append(", title: T, instrument: interreg-a, status: active, priorities: [prority-").Append(i).Append("] }\n");
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var diagnostics = StrategyDocument.TryParse(yaml.ToString(), filePath: "s.yaml").Diagnostics;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var unresolved = diagnostics.Where(d => d.Code == DiagnosticCodes.UnresolvedReference).ToList();
        Assert.Equal(Count, unresolved.Count);
        Assert.Equal(
            "No priority area has the identifier 'prority-0'. Did you mean 'priority-0'? Known identifiers: priority-0, priority-1, priority-10, priority-100, priority-1000, \u2026 and 9995 more.",
            unresolved[0].Message);
        Assert.Equal(new SourceLocation("s.yaml", 10_008, 78), unresolved[0].Location);
        Assert.All(unresolved, d => Assert.True(d.Message.Length < 300, d.Message));

        // 10,000 errors of a few hundred characters: tens of megabytes at most, where every list in full was gigabytes.
        Assert.True(allocated < 400_000_000, $"{allocated} bytes allocated");
    }

    [Fact]
    public void TryParse_UnresolvedReferenceAmongFewIdentifiers_ListsThemAll()
    {
        var diagnostic = Assert.Single(StrategyDocument.TryParse(
            RuleHarness.BaseStrategy + "priorities: [{ id: energy, name: E }, { id: food, name: F }]\npartnerships:\n  - { id: p, title: T, instrument: interreg-a, status: active, priorities: [enrgy] }\n",
            filePath: "s.yaml").Diagnostics);

        Assert.Equal("No priority area has the identifier 'enrgy'. Did you mean 'energy'? Known identifiers: energy, food.", diagnostic.Message);
    }
}
