using BenchmarkDotNet.Attributes;
using NRules;
using S3Criteria.Evaluation;
using S3Criteria.Model;
using S3Criteria.Reports;

namespace S3Criteria.Benchmarks;

/// <summary>
/// Where an evaluation's time goes (30 partnerships): creating the session, inserting the facts (NRules matches at
/// insert time), firing the rule actions, and building the report. Each method includes the stages before it, so a
/// stage's cost is the difference between consecutive rows.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private Strategy[] _pool = [];
    private EngineProbe _probe = null!;
    private ComplianceEvaluator _engine = null!;
    private int _next;

    [Params(Workloads.Criterion7, Workloads.BuiltIn, Workloads.Variations)]
    public string RuleSet { get; set; } = Workloads.Criterion7;

    [GlobalSetup]
    public void Setup()
    {
        _pool = Workloads.Pool(30);
        var rules = Workloads.Build(RuleSet);
        _probe = new EngineProbe(rules);
        _engine = Workloads.Evaluator(rules);
    }

    [Benchmark(Baseline = true)]
    public ISession CreateSession() => _probe.CreateSession();

    [Benchmark]
    public ISession CreateSessionInsertAll() => _probe.Insert(Next());

    [Benchmark]
    public int CreateSessionInsertAllFire() => _probe.Fire(Next());

    [Benchmark]
    public ComplianceReport EvaluateWithReport() => _engine.Evaluate(Next());

    private Strategy Next() => _pool[_next++ & (Workloads.PoolSize - 1)];
}
