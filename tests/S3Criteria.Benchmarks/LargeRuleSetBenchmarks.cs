using BenchmarkDotNet.Attributes;
using S3Criteria.Evaluation;
using S3Criteria.Model;
using S3Criteria.Reporting;
using S3Criteria.Rules;

namespace S3Criteria.Benchmarks;

/// <summary>
/// Warm evaluation with about 500 rules: 26 parameter variations of the 19 criterion-7 rules (494 rules, see
/// <see cref="Workloads.VariationsYaml"/>), 30 partnerships. Every copy reports exactly the hand-written evaluator's
/// findings (checked in the setup), so the baseline is the hand-written evaluator run 26 times.
/// </summary>
[MemoryDiagnoser]
public class LargeRuleSetBenchmarks
{
    private Strategy[] _pool = [];
    private RuleSet _rules = null!;
    private ComplianceEvaluator _engine = null!;
    private EngineProbe _probe = null!;
    private int _next;

    [Params(30)]
    public int Partnerships { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pool = Workloads.Pool(Partnerships);
        _rules = Workloads.Build(Workloads.Variations);
        Workloads.AssertParity(_rules, Workloads.VariationCopies, _pool.Take(4));
        _engine = Workloads.Evaluator(_rules);
        _probe = new EngineProbe(_rules);
    }

    [Benchmark(Baseline = true)]
    public int HandWritten() => Workloads.HandWritten(Next(), _rules.Vehicles, Workloads.VariationCopies);

    [Benchmark]
    public ComplianceReport Engine() => _engine.Evaluate(Next());

    [Benchmark]
    public int EngineMatchOnly() => _probe.Match(Next());

    private Strategy Next() => _pool[_next++ & (Workloads.PoolSize - 1)];
}
