using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using S3Criteria.Engine;
using S3Criteria.Evaluation;
using S3Criteria.Model;

namespace S3Criteria.Benchmarks;

/// <summary>
/// Throughput on 1 and 2 threads: one operation evaluates a batch of 64 strategies (the pool of 16, four times; 30
/// partnerships) with <see cref="Parallel.For(int, int, ParallelOptions, Action{int})"/> limited to 1 or 2 threads.
/// In each category the 1-thread method is the baseline, so Ratio is time(2 threads) / time(1 thread) and the
/// scaling is its inverse. Strategies per second = 64 / Mean. The <c>control</c> category does the same with a fixed
/// amount of arithmetic and no allocation per item: it shows how much of a second core the machine gives at the time
/// of the run, so a poor engine scaling can be told from a busy machine.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ThroughputBenchmarks
{
    public const int BatchSize = 64;
    private static readonly ParallelOptions OneThread = new() { MaxDegreeOfParallelism = 1 };
    private static readonly ParallelOptions TwoThreads = new() { MaxDegreeOfParallelism = 2 };
    private static readonly double[] Sink = new double[BatchSize];
    private Strategy[] _pool = [];
    private RuleSet _rules = null!;
    private ComplianceEvaluator _engine = null!;

    [Params(Workloads.Criterion7)]
    public string RuleSet { get; set; } = Workloads.Criterion7;

    [GlobalSetup]
    public void Setup()
    {
        _pool = Workloads.Pool(30);
        _rules = Workloads.Build(RuleSet);
        _engine = Workloads.Evaluator(_rules);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("engine")]
    public void Engine1Thread() => Parallel.For(0, BatchSize, OneThread, i => _engine.Evaluate(_pool[i & (Workloads.PoolSize - 1)]));

    [Benchmark]
    [BenchmarkCategory("engine")]
    public void Engine2Threads() => Parallel.For(0, BatchSize, TwoThreads, i => _engine.Evaluate(_pool[i & (Workloads.PoolSize - 1)]));

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("hand-written")]
    public void HandWritten1Thread() => Parallel.For(0, BatchSize, OneThread, i => Workloads.HandWritten(_pool[i & (Workloads.PoolSize - 1)], _rules.Vehicles, 1));

    [Benchmark]
    [BenchmarkCategory("hand-written")]
    public void HandWritten2Threads() => Parallel.For(0, BatchSize, TwoThreads, i => Workloads.HandWritten(_pool[i & (Workloads.PoolSize - 1)], _rules.Vehicles, 1));

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("control")]
    public void Control1Thread() => Parallel.For(0, BatchSize, OneThread, i => Sink[i] = Spin(i));

    [Benchmark]
    [BenchmarkCategory("control")]
    public void Control2Threads() => Parallel.For(0, BatchSize, TwoThreads, i => Sink[i] = Spin(i));

    /// <summary>About 50 µs of arithmetic, close to one hand-written evaluation.</summary>
    private static double Spin(int seed)
    {
        var x = seed + 1.0;
        for (var k = 0; k < 40_000; k++)
        {
            x = (x * 1.000001) + (k & 7);
        }

        return x;
    }
}
