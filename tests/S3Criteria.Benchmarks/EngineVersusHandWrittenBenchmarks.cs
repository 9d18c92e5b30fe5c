using BenchmarkDotNet.Attributes;
using S3Criteria.Engine;
using S3Criteria.Evaluation;
using S3Criteria.Model;
using S3Criteria.Reports;

namespace S3Criteria.Benchmarks;

/// <summary>
/// The comparison every evaluation benchmark makes: the hand-written evaluator (the baseline), the engine through the
/// public API (<see cref="ComplianceEvaluator.Evaluate(Strategy)"/>, report included), and the engine stopped after it
/// has fired (<c>EngineMatchOnly</c>, the work the hand-written evaluator does), over a cycled pool of strategies.
/// Subclasses choose the rule set, how many copies of the criterion-7 rules it holds, and the partnerships.
/// </summary>
[MemoryDiagnoser]
public abstract class EngineVersusHandWrittenBenchmarks
{
    private Strategy[] _pool = [];
    private ComplianceEvaluator _engine = null!;
    private EngineProbe _probe = null!;
    private int _next;

    /// <summary>Gets the number of partnerships per strategy.</summary>
    public abstract int Partnerships { get; set; }

    /// <summary>Gets the rule set under test, built in the setup.</summary>
    protected RuleSet Rules { get; private set; } = null!;

    /// <summary>Gets the rule set's name for <see cref="Workloads.Build(string)"/>.</summary>
    protected abstract string RuleSetName { get; }

    /// <summary>Gets how many copies of the criterion-7 rules the rule set holds (the baseline does the same work as often).</summary>
    protected virtual int Copies => 1;

    /// <summary>Gets how many strategies of the pool the setup checks for parity before measuring.</summary>
    protected virtual int ParitySample => Workloads.PoolSize;

    [GlobalSetup]
    public virtual void Setup()
    {
        _pool = Workloads.Pool(Partnerships);
        Rules = Workloads.Build(RuleSetName);
        Workloads.AssertParity(Rules, Copies, _pool.Take(ParitySample));
        _engine = Workloads.Evaluator(Rules);
        _probe = new EngineProbe(Rules);
    }

    [Benchmark(Baseline = true)]
    public int HandWritten() => Workloads.HandWritten(Next(), Rules.Vehicles, Copies);

    [Benchmark]
    public ComplianceReport Engine() => _engine.Evaluate(Next());

    [Benchmark]
    public int EngineMatchOnly() => _probe.Match(Next());

    protected Strategy Next() => _pool[_next++ & (Workloads.PoolSize - 1)];
}
