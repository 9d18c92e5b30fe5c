using System.Reflection.PortableExecutable;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Api;

/// <summary>
/// The pipeline is one-way (DESIGN §2): each stage of S3Criteria may use only earlier stages, and NRules and
/// YamlDotNet never show in a public signature. Checked on the compiled assemblies, IL included.
/// </summary>
public sealed class LayeringTests
{
    /// <summary>
    /// The stages in pipeline order. A stage may use only the stages above it; namespaces on one line are peers
    /// and must not use each other. A new namespace (folder) fails the test until it is placed here on purpose.
    /// </summary>
    private static readonly LayerStage[] Stages =
    [
        new("0", "S3Criteria.Diagnostics"),
        new("1", "S3Criteria.Text"),
        new("1b", "S3Criteria.Localization"), // the catalogues of the tool's own texts, read with the YAML reader of Text
        new("2", "S3Criteria.Model"),
        new("3", "S3Criteria.Documents", "S3Criteria.Rules.Language", "S3Criteria.Waivers"),
        new("4", "S3Criteria.Rules"),
        new("4b", "S3Criteria.Rules.Yaml"),
        new("5", "S3Criteria.Engine"),
        new("6", "S3Criteria.Reports"),
        new("7", "S3Criteria.Evaluation"),
        new("7b", "S3Criteria.Forecasting"),
        new("7c", "S3Criteria.Writers.Escaping"), // one escaping layer per output kind; uses nothing of S3Criteria
        new("8", "S3Criteria.Writers", "S3Criteria.Testing"),
    ];

    /// <summary>Assemblies whose types stay behind the public API.</summary>
    private static readonly string[] HiddenAssemblyPrefixes = ["NRules", "YamlDotNet"];

    private static string CoreAssembly => typeof(S3Criteria.Engine.RuleSet).Assembly.Location;

    [Fact]
    public void Namespaces_EveryTypeOfS3Criteria_IsInAStage()
    {
        var unplaced = LayeringChecker.FindUnplaced(AssemblyDependencyReader.ReadFile(CoreAssembly).Types, Stages);

        Assert.True(unplaced.Count == 0, $"{unplaced.Count} type(s) of S3Criteria are in no pipeline stage:\n{string.Join('\n', unplaced)}");
    }

    [Fact]
    public void References_EveryStageOfS3Criteria_UsesOnlyEarlierStages()
    {
        var dependencies = AssemblyDependencyReader.ReadFile(CoreAssembly).Dependencies;

        var violations = LayeringChecker.FindViolations(dependencies, Stages);

        Assert.Contains(dependencies, dependency => dependency.Via.StartsWith("body of ", StringComparison.Ordinal));
        Assert.True(violations.Count == 0, $"""
            {violations.Count} pair(s) of types break the pipeline order (a stage may use only earlier stages, never a peer):
            {string.Join('\n', violations)}
            """);
    }

    [Fact]
    public void PublicSurface_S3CriteriaAndDependencyInjection_ExposesNoNRulesOrYamlDotNetType()
    {
        string[] assemblies = [CoreAssembly, typeof(S3CriteriaOptions).Assembly.Location];

        var exposed = assemblies.SelectMany(path => PublicSurfaceReader.FindExposed(path, IsHidden)).ToList();

        Assert.True(exposed.Count == 0, $"{exposed.Count} public member(s) expose NRules or YamlDotNet:\n{string.Join('\n', exposed)}");
    }

    [Fact]
    public void AssemblyReferences_S3Criteria_HasNoOfficeDependency()
    {
        // Issue 15: the workbook format lives in S3Criteria.Office; the core package stays free of OOXML libraries.
        using var stream = File.OpenRead(CoreAssembly);
        using var pe = new PEReader(stream);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        var references = metadata.AssemblyReferences.Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name)).ToList();

        Assert.Contains("YamlDotNet", references);
        Assert.DoesNotContain(references, name => name.StartsWith("DocumentFormat.OpenXml", StringComparison.Ordinal) || name.StartsWith("S3Criteria.Office", StringComparison.Ordinal));
    }

    [Fact]
    public void FindViolations_BackwardAndPeerEdges_ReportsEachPair()
    {
        var diagnostics = new DefinedType("S3Criteria.Diagnostics", "Diagnostic");
        var evaluation = new DefinedType("S3Criteria.Evaluation", "ComplianceEvaluator");
        var documents = new DefinedType("S3Criteria.Documents", "DocumentReader");
        var waivers = new DefinedType("S3Criteria.Waivers", "WaiverFile");
        var generated = new DefinedType(string.Empty, "<PrivateImplementationDetails>", IsGenerated: true);
        TypeDependency[] dependencies =
        [
            new(evaluation, diagnostics, "body of Evaluate"),
            new(diagnostics, evaluation, "body of At"),
            new(diagnostics, evaluation, "field evaluator"),
            new(documents, waivers, "signature of Read"),
            new(documents, generated, "body of Read"),
            new(generated, documents, "body of ComputeStringHash"),
        ];

        var violations = LayeringChecker.FindViolations(dependencies, Stages);

        Assert.Equal(
            [
                "<PrivateImplementationDetails> -> S3Criteria.Documents.DocumentReader (via body of ComputeStringHash)",
                "S3Criteria.Diagnostics.Diagnostic -> S3Criteria.Evaluation.ComplianceEvaluator (via body of At, field evaluator)",
                "S3Criteria.Documents.DocumentReader -> S3Criteria.Waivers.WaiverFile (via signature of Read)",
            ],
            violations);
    }

    [Fact]
    public void FindUnplaced_GlobalAndUnlistedNamespaces_ReportsEachType()
    {
        DefinedType[] types =
        [
            new("S3Criteria.Model", "Strategy"),
            new(string.Empty, "Stray"),
            new("S3Criteria.Extras", "Helper"),
            new(string.Empty, "<Module>"),
            new(string.Empty, "<>z__ReadOnlyArray`1", IsGenerated: true),
        ];

        var unplaced = LayeringChecker.FindUnplaced(types, Stages);

        Assert.Equal(3, unplaced.Count);
        Assert.Contains(unplaced, message => message.StartsWith("<Module> has members", StringComparison.Ordinal));
        Assert.Contains(unplaced, message => message.StartsWith("S3Criteria.Extras.Helper: the namespace S3Criteria.Extras is in no pipeline stage", StringComparison.Ordinal));
        Assert.Contains(unplaced, message => message.StartsWith("Stray is in the global namespace", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_EmittedAssemblyWithBackwardUseInCode_ReportsThePair()
    {
        using var image = SampleAssembly.WithBackwardReferencesInCode();

        var violations = LayeringChecker.FindViolations(AssemblyDependencyReader.Read(image).Dependencies, Stages);

        Assert.Equal(["S3Criteria.Diagnostics.Early -> S3Criteria.Evaluation.Late (via body of Touch, locals of Helper.Hold)"], violations);
    }

    [Fact]
    public void FindExposed_EmittedPublicMethodReturningNRulesType_ReportsOnlyTheVisibleMember()
    {
        using var image = SampleAssembly.WithNRulesInPublicSignature();
        using var pe = new PEReader(image);

        var exposed = PublicSurfaceReader.FindExposed(pe, IsHidden);

        Assert.Equal(["Sample.Leaky.Definition exposes NRules.RuleModel.IRuleDefinition (NRules.RuleModel)"], exposed);
    }

    private static bool IsHidden(string assemblyName) =>
        HiddenAssemblyPrefixes.Any(prefix => assemblyName.StartsWith(prefix, StringComparison.Ordinal));
}
