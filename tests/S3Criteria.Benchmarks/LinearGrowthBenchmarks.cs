using BenchmarkDotNet.Attributes;
using S3Criteria.Baseline;
using S3Criteria.Engine;
using S3Criteria.Evaluation;
using S3Criteria.Model;
using S3Criteria.Reports;

namespace S3Criteria.Benchmarks;

/// <summary>
/// Linear growth (issue 14): one strategy with as many priority areas as partnerships, 1,000 and 10,000 of each, so
/// that a rule that nested a scan of the partnerships inside a scan of the partnerships (C7-12) or of the priority
/// areas (C7-01, C7-18…) would grow a hundredfold. The engine (criterion 7, and the whole built-in set) against the
/// hand-written evaluator, which keeps its counts per priority area in one pass (<c>Criterion7Tally</c>), the same
/// index the engine derives for its nested scans (<c>ScanIndex</c>). Growth is read across the <c>Size</c> rows.
/// </summary>
[MemoryDiagnoser]
public class LinearGrowthBenchmarks
{
    private Strategy _strategy = null!;
    private RuleSet _criterion7 = null!;
    private ComplianceEvaluator _engine = null!;
    private ComplianceEvaluator _builtIn = null!;

    /// <summary>Gets the number of priority areas, and of partnerships.</summary>
    [Params(1_000, 10_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _strategy = StrategyGenerator.Generate(0, Workloads.Today, Size, Size);
        _criterion7 = Workloads.Build(Workloads.Criterion7);
        Workloads.AssertParity(_criterion7, 1, [_strategy]);
        _engine = Workloads.Evaluator(_criterion7);
        _builtIn = Workloads.Evaluator(Workloads.Build(Workloads.BuiltIn));
    }

    [Benchmark(Baseline = true)]
    public int HandWritten() => Workloads.HandWritten(_strategy, _criterion7.Vehicles, 1);

    [Benchmark]
    public ComplianceReport Engine() => _engine.Evaluate(_strategy);

    [Benchmark]
    public ComplianceReport EngineBuiltIn() => _builtIn.Evaluate(_strategy);
}
