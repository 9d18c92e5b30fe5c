using BenchmarkDotNet.Attributes;
using S3Criteria.Evaluation;
using S3Criteria.Model;
using S3Criteria.Reporting;
using S3Criteria.Rules;

namespace S3Criteria.Benchmarks;

/// <summary>
/// How the cost grows with the number of partnerships (10, 30, 100, 1000; 10 priority areas): the criterion-7 rules in
/// the engine against the hand-written evaluator. Growth from 100 to 1000 is read across the <c>Partnerships</c> rows.
/// </summary>
[MemoryDiagnoser]
public class PartnershipScalingBenchmarks
{
    private Strategy[] _pool = [];
    private RuleSet _rules = null!;
    private ComplianceEvaluator _engine = null!;
    private EngineProbe _probe = null!;
    private int _next;

    [Params(10, 30, 100, 1000)]
    public int Partnerships { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pool = Workloads.Pool(Partnerships);
        _rules = Workloads.Build(Workloads.Criterion7);
        Workloads.AssertParity(_rules, 1, _pool.Take(4));
        _engine = Workloads.Evaluator(_rules);
        _probe = new EngineProbe(_rules);
    }

    [Benchmark(Baseline = true)]
    public int HandWritten() => Workloads.HandWritten(Next(), _rules.Vehicles, 1);

    [Benchmark]
    public ComplianceReport Engine() => _engine.Evaluate(Next());

    [Benchmark]
    public int EngineMatchOnly() => _probe.Match(Next());

    private Strategy Next() => _pool[_next++ & (Workloads.PoolSize - 1)];
}
