using S3Criteria.Cli;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Model;
using S3Criteria.Rules;
using S3Criteria.Testing;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Rules;

/// <summary>The built-in rule set: it loads, every rule is documented and tested, and its tests pass.</summary>
public sealed class BuiltInRulesTests
{
    private static readonly string RulesDirectory = Repository.File("rules");
    private static readonly RuleSet Rules = new RuleSetBuilder().AddDirectory(RulesDirectory).Build();
    private static readonly Lazy<RuleTestRun> Run = new(() => new RuleTestRunner(Rules).Run(Path.Combine(RulesDirectory, "tests")));

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        var run = Run.Value;
        for (var i = 0; i < run.Cases.Count; i++)
        {
            data.Add($"{Path.GetFileName(run.Cases[i].Location.FilePath)}: {run.Cases[i].Name}", i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RuleTest_Case_Passes(string name, int index)
    {
        var result = Run.Value.Cases[index];

        Assert.True(result.Passed, $"{name} ({result.Location}):\n{string.Join("\n", result.Failures)}");
    }

    [Fact]
    public void RuleTests_FilesAreValidAndCoverEveryRuleBothWays()
    {
        var run = Run.Value;

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.RulesWithoutFiringCase);
        Assert.Empty(run.RulesWithoutNotFiringCase);
    }

    [Fact]
    public void BuiltInRules_EmbeddedCopy_IsTheFilesOnDisk()
    {
        var embedded = new RuleSetBuilder().AddBuiltInRules().Build();

        Assert.Equal(Rules.ContentHash, embedded.ContentHash);
        Assert.Equal(Rules.Rules.Select(r => r.Id), embedded.Rules.Select(r => r.Id));
    }

    [Fact]
    public void BuiltInRules_EveryRule_HasReferenceRecommendationAndRationale()
    {
        Assert.All(Rules.Rules, rule =>
        {
            Assert.NotEmpty(rule.References);
            Assert.False(string.IsNullOrWhiteSpace(rule.Recommendation?.Get()), $"{rule.Id} has no recommendation.");
            Assert.False(string.IsNullOrWhiteSpace(rule.Rationale?.Get()), $"{rule.Id} has no rationale.");
            // C1-.. to C7-.. for the criteria, EC1.1-.. for the preconditions of the whole condition.
            Assert.StartsWith(rule.CriterionId == "EC1.1-P" ? "EC1.1-" : $"C{rule.CriterionId[^1]}-", rule.Id, StringComparison.Ordinal);
        });
        Assert.Equal(Rules.Rules.Count, Rules.Rules.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void BuiltInRules_CoverAllSevenCriteria_WithDepthOnCriterionSeven()
    {
        Assert.Equal(["EC1.1-C1", "EC1.1-C2", "EC1.1-C3", "EC1.1-C4", "EC1.1-C5", "EC1.1-C6", "EC1.1-C7"], Rules.Criteria.Where(c => !c.IsPrecondition).Select(c => c.Id));
        Assert.Equal(["EC1.1-P"], Rules.Criteria.Where(c => c.IsPrecondition).Select(c => c.Id));
        Assert.All(Rules.Criteria, c => Assert.Contains(Rules.Rules, r => r.CriterionId == c.Id && r.Severity == Severity.Blocking && r.Role == RuleRole.Check));
        Assert.True(Rules.Rules.Count(r => r.CriterionId == "EC1.1-C7") >= 19);
    }

    [Fact]
    public void BuiltInRules_WhereRelevantCriteria_ApplyOnlyWhenTheNeedIsDeclared()
    {
        Assert.Equal(["EC1.1-C5", "EC1.1-C6"], Rules.Criteria.Where(c => c.WhereRelevant).Select(c => c.Id));
        var ofThem = Rules.Rules.Where(r => r.CriterionId is "EC1.1-C5" or "EC1.1-C6").ToList();

        // Two blocking relevance rules each: the need is stated, and "not relevant" is justified.
        Assert.Equal(4, ofThem.Count(r => r.Role == RuleRole.Relevance && r.Severity == Severity.Blocking));
        Assert.All(ofThem.Where(r => r.Role == RuleRole.Check), rule =>
            Assert.StartsWith("strategy.needs.", rule.AppliesWhen, StringComparison.Ordinal));
    }

    [Fact]
    public void Catalogue_EveryVehicle_CitesASource()
    {
        Assert.True(Rules.Vehicles.Count >= 29);
        Assert.All(Rules.Vehicles, v => Assert.NotEmpty(v.Sources));
        Assert.Contains(Rules.Vehicles, v => v.Name.Contains("Solar Energy", StringComparison.Ordinal) && v.Leads.Any(l => l.Contains("Extremadura", StringComparison.Ordinal)));
        Assert.Equal(3, Rules.Vehicles.Count(v => v.Kind == VehicleKind.I3Strand));
    }

    [Fact]
    public void Evaluate_SolarPriorityWithoutCooperation_RecommendsTheSolarEnergyPartnership()
    {
        var document = StrategyDocument.Parse(RuleHarness.BaseStrategy + """
            priorities:
              - { id: pv, name: Photovoltaics, domains: [solar-energy] }
            partnerships: []
            actions: []
            """);

        var report = RuleHarness.Evaluator(Rules).Evaluate(document);

        var finding = Assert.Single(report.Findings, f => f.RuleId == "C7-01");
        Assert.Equal("pv", finding.Subject.Id);
        Assert.Contains("Solar Energy", finding.Recommendation, StringComparison.Ordinal);
        Assert.DoesNotContain("Textile", finding.Recommendation, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_LessDevelopedRegion_IsPointedToTheI3StrandsOpenToIt()
    {
        var report = RuleHarness.Evaluator(Rules).Evaluate(StrategyDocument.Parse(RuleHarness.BaseStrategy + "actions: [{ id: a, title: A, type: skills }]\n"));

        var finding = Assert.Single(report.Findings, f => f.RuleId == "C7-13");
        Assert.Contains("Strand 2b", finding.Recommendation, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_RuleTable_IsGeneratedFromTheRuleFiles()
    {
        var readme = File.ReadAllText(Repository.File("README.md")).ReplaceLineEndings("\n");
        const string Start = "<!-- rules:start (dotnet run --project src/S3Criteria.Cli -- rules list --format markdown) -->\n";
        const string End = "<!-- rules:end -->";
        var from = readme.IndexOf(Start, StringComparison.Ordinal);
        var to = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, "README.md has no rule table between its markers.");

        Assert.Equal(RuleTable.Markdown(Rules), readme[(from + Start.Length)..to]);
    }
}
