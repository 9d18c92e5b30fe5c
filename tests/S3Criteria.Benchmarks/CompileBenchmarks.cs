using BenchmarkDotNet.Attributes;
using S3Criteria.Engine;

namespace S3Criteria.Benchmarks;

/// <summary>
/// Load and compile a rule set: read the YAML, type-check every expression, build the NRules definitions and compile
/// them into a session factory. Warm (the library's own code is already JIT-compiled); the whole-process cold start is
/// measured by <c>cold-start.sh</c>. <see cref="RuleCompilation.Compiled"/> is the library's default (services, batches);
/// <see cref="RuleCompilation.Interpreted"/> is what the CLI uses for a few documents.
/// </summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private string _variations = string.Empty;
    private string _vehicles = string.Empty;

    [Params(RuleCompilation.Compiled, RuleCompilation.Interpreted)]
    public RuleCompilation Compilation { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _variations = Workloads.VariationsYaml(Workloads.VariationCopies);
        _vehicles = Path.Combine(Workloads.RulesDirectory, "vehicles.yaml");
    }

    /// <summary>The 23 criterion-7 rules and the vehicle catalogue.</summary>
    [Benchmark(Baseline = true)]
    public RuleSet Criterion7() => Workloads.Criterion7Builder().WithCompilation(Compilation).Build();

    /// <summary>The whole built-in rule set (criteria 1 to 7), as the CLI loads it.</summary>
    [Benchmark]
    public RuleSet BuiltIn() => new RuleSetBuilder().WithCompilation(Compilation).AddBuiltInRules().Build();

    /// <summary>506 rules: 22 parameter variations of the criterion-7 rules (the YAML text is made in the setup).</summary>
    [Benchmark]
    public RuleSet Variations506() => new RuleSetBuilder().WithCompilation(Compilation).AddYaml(_variations, "variations.yaml").AddFile(_vehicles).Build();
}
