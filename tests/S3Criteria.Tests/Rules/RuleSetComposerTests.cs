using S3Criteria.Diagnostics;
using S3Criteria.Model;
using S3Criteria.Rules;
using S3Criteria.Rules.Language;
using S3Criteria.Text;

namespace S3Criteria.Tests.Rules;

/// <summary>The composer works on typed definitions alone: no YAML, no engine.</summary>
public sealed class RuleSetComposerTests
{
    private static readonly SourceLocation At = new("t.yaml", 1, 1);

    private static RuleDefinition Rule(string id) => new()
    {
        Id = id,
        Location = At,
        Title = LocalizedText.English("T"),
        Severity = Severity.Blocking,
        Require = ExpressionSource.FromText("true"),
        Message = new TemplateDefinition(LocalizedText.English("m"), new Dictionary<string, IReadOnlyList<TemplateSegment>> { ["en"] = [new TemplateSegment("m", null)] }),
    };

    private static RuleFileDefinition File(params ParameterSetting[] settings) => new()
    {
        Criteria = [new CriterionDefinition("C", LocalizedText.English("Criterion"), null, false, false, At)],
        Parameters =
        [
            new ParameterDefinition("countries", new ParameterValue(DataType.List(DataType.Text), (IReadOnlyList<string>)["AT"]), null, At),
            new ParameterDefinition("minimum", new ParameterValue(DataType.Number, 1m), null, At),
        ],
        Rules = [Rule("R1"), Rule("R2"), Rule("R3")],
        Settings = settings,
        Overrides = [new RuleOverride("R2", Severity.Info, null, At), new RuleOverride("R3", null, "Not relevant here.", At)],
    };

    private static ComposedRuleSet Compose(RuleFileDefinition file, List<Diagnostic> diagnostics, Dictionary<string, string>? parameters = null) =>
        RuleSetComposer.Compose(
            [new LoadedRuleFile(new RuleSource("t.yaml", "text", null), file)],
            new CompositionRequest(parameters ?? [], new Dictionary<string, string>(), DocumentLimits.Default, false),
            diagnostics);

    [Fact]
    public void Compose_Overrides_ChangeSeverityAndDisableWithReason()
    {
        var diagnostics = new List<Diagnostic>();

        var composed = Compose(File(), diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(["R1", "R2"], composed.Rules.Select(r => r.Definition.Id));
        Assert.Equal(Severity.Info, composed.Rules[1].Definition.Severity);
        Assert.All(composed.Rules, r => Assert.Equal("C", r.CriterionId));
        Assert.Equal("Not relevant here.", Assert.Single(composed.DisabledRules).Reason);
    }

    [Fact]
    public void Compose_ListSetting_KeepsItemsThatContainCommas()
    {
        var diagnostics = new List<Diagnostic>();

        var composed = Compose(File(new ParameterSetting("countries", ParameterInput.OfItems(["DE,FR", "IT"]), At)), diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(["DE,FR", "IT"], (IReadOnlyList<string>)composed.ParameterValues["countries"].Value);
    }

    [Fact]
    public void Compose_CallerTextForListParameter_IsCommaSeparated()
    {
        var diagnostics = new List<Diagnostic>();

        var composed = Compose(File(), diagnostics, new Dictionary<string, string> { ["countries"] = "DE, FR" });

        Assert.Empty(diagnostics);
        Assert.Equal(["DE", "FR"], (IReadOnlyList<string>)composed.ParameterValues["countries"].Value);
        Assert.Equal("[DE, FR]", composed.ParameterDescriptors.Single(p => p.Name == "countries").Value);
    }

    [Fact]
    public void Compose_ListSettingForNumberParameter_IsRejected()
    {
        var diagnostics = new List<Diagnostic>();

        var composed = Compose(File(new ParameterSetting("minimum", ParameterInput.OfItems(["2", "3"]), At)), diagnostics);

        Assert.Equal(
            "Cannot set parameter 'minimum' to '2,3': expected a number such as 2 or 0.5, like its default 1.",
            Assert.Single(diagnostics).Message);
        Assert.Equal(1m, composed.ParameterValues["minimum"].Value);
    }
}
