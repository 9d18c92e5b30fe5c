using BenchmarkDotNet.Attributes;
using S3Criteria.Evaluation;
using S3Criteria.Model;
using S3Criteria.Reporting;
using S3Criteria.Rules;

namespace S3Criteria.Benchmarks;

/// <summary>
/// Warm evaluation of one strategy (10 priority areas, 30 partnerships; a pool of 16 generated strategies is cycled):
/// the criterion-7 rules in the engine against the same rules written by hand. <c>Engine</c> is the public API
/// (<see cref="ComplianceEvaluator.Evaluate(Strategy)"/>, report included); <c>EngineMatchOnly</c> stops after the engine
/// has fired, which is the work the hand-written evaluator does; <c>EngineBuiltIn</c> is the whole built-in set
/// (criteria 1 to 7), which the hand-written evaluator does not cover, so its ratio is for scale only.
/// </summary>
[MemoryDiagnoser]
public class WarmEvaluationBenchmarks
{
    private Strategy[] _pool = [];
    private RuleSet _criterion7 = null!;
    private ComplianceEvaluator _engine = null!;
    private ComplianceEvaluator _builtIn = null!;
    private EngineProbe _probe = null!;
    private int _next;

    [Params(30)]
    public int Partnerships { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pool = Workloads.Pool(Partnerships);
        _criterion7 = Workloads.Build(Workloads.Criterion7);
        Workloads.AssertParity(_criterion7, 1, _pool);
        _engine = Workloads.Evaluator(_criterion7);
        _builtIn = Workloads.Evaluator(Workloads.Build(Workloads.BuiltIn));
        _probe = new EngineProbe(_criterion7);
    }

    [Benchmark(Baseline = true)]
    public int HandWritten() => Workloads.HandWritten(Next(), _criterion7.Vehicles, 1);

    [Benchmark]
    public ComplianceReport Engine() => _engine.Evaluate(Next());

    [Benchmark]
    public int EngineMatchOnly() => _probe.Match(Next());

    [Benchmark]
    public ComplianceReport EngineBuiltIn() => _builtIn.Evaluate(Next());

    private Strategy Next() => _pool[_next++ & (Workloads.PoolSize - 1)];
}
