using S3Criteria.Diagnostics;
using S3Criteria.Documents;
using S3Criteria.Model;

namespace S3Criteria.Tests.Documents;

public sealed class StrategyDocumentTests
{
    private const string Valid = """
        id: s
        title: Test
        region: { code: EL53, name: Dytiki Makedonia, category: less-developed, lagging: low-growth }
        period-start: 2021
        period-end: 2027
        priorities:
          - { id: energy, name: Sustainable energy, budget: 100 }
        partnerships:
          - id: p1
            title: BERRY+
            instrument: s3-thematic-partnership
            status: active
            priorities: [energy]
            start: 2021-01-01
            end: 2027-12-31
            partners:
              - { name: Kainuu, country: FI, nuts: FI1D8 }
        """;

    [Fact]
    public void Parse_ValidYaml_BindsTheModel()
    {
        var document = StrategyDocument.Parse(Valid, filePath: "s.yaml");

        var strategy = document.Strategy;
        Assert.Equal("GR", strategy.Country.Value);
        Assert.Equal(CohesionCategory.LessDeveloped, strategy.Region.Category);
        Assert.Equal(LaggingType.LowGrowth, strategy.Region.Lagging);
        Assert.Equal(2, strategy.Region.NutsLevel);
        Assert.Equal(CooperationInstrument.S3ThematicPartnership, strategy.Partnerships![0].Instrument);
        Assert.Equal(new DateOnly(2027, 12, 31), strategy.Partnerships[0].End);
        Assert.Equal("FI1D8", strategy.Partnerships[0].Partners[0].Nuts?.Value);
        Assert.Equal(new SourceLocation("s.yaml", 15, 10), document.LocationOf("partnerships[0].end"));
        Assert.Equal(64, document.ContentHash.Length);
    }

    [Fact]
    public void Parse_ValidJson_BindsTheSameModel()
    {
        const string Json = """
            {
              "id": "s", "title": "Test",
              "region": { "code": "EL53", "name": "Dytiki Makedonia", "category": "less-developed" },
              "period-start": 2021, "period-end": 2027,
              "priorities": [ { "id": "energy", "name": "Sustainable energy", "budget": 100.5 } ]
            }
            """;

        var document = StrategyDocument.Parse(Json, StrategyDocumentFormat.Json, "s.json");

        Assert.Equal(100.5m, document.Strategy.Priorities![0].Budget);
        Assert.Equal(new SourceLocation("s.json", 5, 77), document.LocationOf("priorities[0].budget"));
    }

    // Valid has 17 lines; each case edits one value. Paths use 0-based indexes.
    [Theory]
    [InlineData("    status: active", "    status: actve", DiagnosticCodes.InvalidValue, "partnerships[0].status", 12, 13, "Did you mean 'active'?")]
    [InlineData("    end: 2027-12-31", "    end: 2027-13-31", DiagnosticCodes.InvalidValue, "partnerships[0].end", 15, 10, "a date written YYYY-MM-DD")]
    [InlineData("    end: 2027-12-31", "    end: 2020-12-31", DiagnosticCodes.InvariantViolated, "partnerships[0].end", 15, 10, "ends (2020-12-31) before it starts (2021-01-01)")]
    [InlineData("    priorities: [energy]", "    priorities: [energy, health]", DiagnosticCodes.UnresolvedReference, "partnerships[0].priorities[1]", 13, 26, "No priority area has the identifier 'health'")]
    [InlineData("    title: BERRY+", "    titel: BERRY+", DiagnosticCodes.UnknownKey, "partnerships[0].titel", 10, 5, "Did you mean 'title'?")]
    [InlineData("    instrument: s3-thematic-partnership\n", "", DiagnosticCodes.MissingKey, "partnerships[0].instrument", 9, 5, "needs 'instrument'")]
    [InlineData("country: FI, nuts: FI1D8", "country: SF, nuts: FI1D8", DiagnosticCodes.InvalidValue, "partnerships[0].partners[0].country", 17, 34, "ISO 3166-1 alpha-2")]
    [InlineData("nuts: FI1D8", "nuts: FI-1D8", DiagnosticCodes.InvalidValue, "partnerships[0].partners[0].nuts", 17, 44, "NUTS code")]
    [InlineData("budget: 100", "budget: -100", DiagnosticCodes.InvariantViolated, "priorities[0].budget", 7, 53, "cannot be negative")]
    [InlineData("budget: 100", "budget: [100]", DiagnosticCodes.WrongType, "priorities[0].budget", 7, 53, "Expected a number, found a list")]
    [InlineData("  - id: p1\n", "  - id: energy\n", DiagnosticCodes.InvariantViolated, "id", 1, 1, "never")]
    public void Parse_BadValue_ReportsPathAndPosition(string find, string replace, string code, string path, int line, int column, string messagePart)
    {
        if (messagePart == "never")
        {
            // Identifiers are unique per collection, so a priority and a partnership may share one.
            Assert.True(StrategyDocument.TryParse(Valid.Replace(find, replace, StringComparison.Ordinal)).Success);
            return;
        }

        var result = StrategyDocument.TryParse(Valid.Replace(find, replace, StringComparison.Ordinal), filePath: "s.yaml");

        Assert.False(result.Success);
        // A misspelt key is also a missing one: both are reported, nothing else.
        Assert.InRange(result.Diagnostics.Count, 1, code == DiagnosticCodes.UnknownKey ? 2 : 1);
        var diagnostic = result.Diagnostics[0];
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(path, diagnostic.Path);
        Assert.Equal(new SourceLocation("s.yaml", line, column), diagnostic.Location);
        Assert.Contains(messagePart, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingEnumKey_DescribesEveryValueWhole()
    {
        var diagnostic = Assert.Single(StrategyDocument.TryParse(Valid.Replace("    instrument: s3-thematic-partnership\n", "", StringComparison.Ordinal)).Diagnostics);

        Assert.Equal("The partnership needs 'instrument' (a cooperation instrument (interreg-a, interreg-b, interreg-c, interreg-d, i3, s3-thematic-partnership, vanguard-initiative, horizon-europe, eit-kic, bilateral-agreement, other)).", diagnostic.Message);
    }

    [Fact]
    public void Parse_ReferenceWhileAPriorityHasNoIdentifier_ReportsBoth()
    {
        var yaml = Valid.Replace("{ id: energy, name: Sustainable energy, budget: 100 }", "{ name: Sustainable energy, budget: 100 }", StringComparison.Ordinal);

        var diagnostics = StrategyDocument.TryParse(yaml).Diagnostics;

        Assert.Equal([DiagnosticCodes.MissingKey, DiagnosticCodes.UnresolvedReference], diagnostics.Select(d => d.Code));
        Assert.Equal("partnerships[0].priorities[0]", diagnostics[1].Path);
    }

    [Fact]
    public void Parse_DuplicateIdentifier_PointsAtSecond()
    {
        var yaml = Valid.Replace("priorities:\n  - { id: energy, name: Sustainable energy, budget: 100 }", "priorities:\n  - { id: energy, name: Sustainable energy, budget: 100 }\n  - { id: energy, name: Hydrogen }", StringComparison.Ordinal);

        var diagnostic = Assert.Single(StrategyDocument.TryParse(yaml, filePath: "s.yaml").Diagnostics);

        Assert.Equal(DiagnosticCodes.DuplicateId, diagnostic.Code);
        Assert.Equal("priorities[1].id", diagnostic.Path);
        Assert.Equal(new SourceLocation("s.yaml", 8, 11), diagnostic.Location);
    }

    [Fact]
    public void Parse_DuplicateKey_PointsAtSecond()
    {
        var diagnostic = Assert.Single(StrategyDocument.TryParse(Valid + "\nperiod-end: 2030\n", filePath: "s.yaml").Diagnostics);

        Assert.Equal(DiagnosticCodes.DuplicateKey, diagnostic.Code);
        Assert.Equal(new SourceLocation("s.yaml", 18, 1), diagnostic.Location);
    }

    [Fact]
    public void Parse_MissingRequiredTopLevelKeys_ListsEach()
    {
        var diagnostics = StrategyDocument.TryParse("id: s\ntitle: T\n", filePath: "s.yaml").Diagnostics;

        Assert.Equal(["region", "period-start", "period-end"], diagnostics.Select(d => d.Path));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.MissingKey, d.Code));
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsAllTogether()
    {
        var yaml = Valid.Replace("status: active", "status: ongoing", StringComparison.Ordinal)
            .Replace("end: 2027-12-31", "end: soon", StringComparison.Ordinal)
            .Replace("priorities: [energy]", "priorities: [energy, x]", StringComparison.Ordinal);

        var exception = Assert.Throws<StrategyDocumentException>(() => StrategyDocument.Parse(yaml, filePath: "s.yaml"));

        Assert.Equal(["partnerships[0].status", "partnerships[0].end", "partnerships[0].priorities[1]"], exception.Diagnostics.Select(d => d.Path));
        Assert.Contains("s.yaml(15,10): error S3Y0007: partnerships[0].end: 'soon' is not a date", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", DiagnosticCodes.EmptyOrMultipleDocuments, 1, 1)]
    [InlineData("id: s\n  title: x\n", DiagnosticCodes.Syntax, 2, 8)]
    [InlineData("- a\n- b\n", DiagnosticCodes.WrongType, 1, 1)]
    [InlineData("id: s\n---\nid: t\n", DiagnosticCodes.EmptyOrMultipleDocuments, 2, 1)]
    public void Parse_MalformedYaml_ReportsPosition(string yaml, string code, int line, int column)
    {
        var diagnostic = StrategyDocument.TryParse(yaml, filePath: "s.yaml").Diagnostics[0];

        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(new SourceLocation("s.yaml", line, column), diagnostic.Location);
    }

    [Theory]
    [InlineData("{ \"id\": \"s\", }", 1, 14)]
    [InlineData("{\n  \"id\": \"s\"\n  \"title\": \"t\"\n}", 3, 3)]
    public void Parse_MalformedJson_ReportsPosition(string json, int line, int column)
    {
        var diagnostic = Assert.Single(StrategyDocument.TryParse(json, StrategyDocumentFormat.Json, "s.json").Diagnostics);

        Assert.Equal(DiagnosticCodes.Syntax, diagnostic.Code);
        Assert.Equal(new SourceLocation("s.json", line, column), diagnostic.Location);
    }

    [Fact]
    public void Parse_JsonUnknownKey_ReportsPathAndPosition()
    {
        var diagnostics = StrategyDocument.TryParse("{\n  \"id\": \"s\",\n  \"titl\": \"t\"\n}", StrategyDocumentFormat.Json, "s.json").Diagnostics;

        var unknown = diagnostics.Single(d => d.Code == DiagnosticCodes.UnknownKey);
        Assert.Equal("titl", unknown.Path);
        Assert.Equal(new SourceLocation("s.json", 3, 3), unknown.Location);
    }

    [Fact]
    public void Parse_JsonWithSchemaKey_IgnoresIt()
    {
        const string Json = """{ "$schema": "../schemas/strategy.schema.json", "id": "s", "title": "T", "region": { "code": "FI1D8", "name": "Kainuu", "category": "transition" }, "period-start": 2021, "period-end": 2027 }""";

        Assert.Equal(3, StrategyDocument.Parse(Json, StrategyDocumentFormat.Json).Strategy.Region.NutsLevel);
    }

    [Fact]
    public void TryLoad_MissingFile_ReportsUnreadableFile()
    {
        var diagnostic = Assert.Single(StrategyDocument.TryLoad("does-not-exist.yaml").Diagnostics);

        Assert.Equal(DiagnosticCodes.FileNotReadable, diagnostic.Code);
    }

    [Fact]
    public void Validate_StrategyBuiltInCode_ReportsBrokenReferences()
    {
        var strategy = new Strategy
        {
            Id = "s",
            Title = "T",
            Region = new Region { Code = NutsCode.Parse("RO21"), Name = "Nord-Est", Category = CohesionCategory.LessDeveloped, Lagging = LaggingType.LowIncome },
            PeriodStart = 2021,
            PeriodEnd = 2027,
            Indicators = [new Indicator { Id = "i", Name = "I", Type = IndicatorType.Result, Priority = "missing" }],
        };

        var diagnostic = Assert.Single(StrategyDocument.Validate(strategy));

        Assert.Equal("indicators[0].priority", diagnostic.Path);
        Assert.Null(diagnostic.Location);
    }
}
