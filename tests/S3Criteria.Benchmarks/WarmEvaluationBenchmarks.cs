using BenchmarkDotNet.Attributes;
using S3Criteria.Evaluation;
using S3Criteria.Reports;

namespace S3Criteria.Benchmarks;

/// <summary>
/// Warm evaluation of one strategy (10 priority areas, 30 partnerships; a pool of 16 generated strategies is cycled):
/// the criterion-7 rules in the engine against the same rules written by hand. <c>EngineBuiltIn</c> is the whole
/// built-in set (criteria 1 to 7), which the hand-written evaluator does not cover, so its ratio is for scale only.
/// </summary>
public class WarmEvaluationBenchmarks : EngineVersusHandWrittenBenchmarks
{
    private ComplianceEvaluator _builtIn = null!;

    [Params(30)]
    public override int Partnerships { get; set; }

    protected override string RuleSetName => Workloads.Criterion7;

    public override void Setup()
    {
        base.Setup();
        _builtIn = Workloads.Evaluator(Workloads.Build(Workloads.BuiltIn));
    }

    [Benchmark]
    public ComplianceReport EngineBuiltIn() => _builtIn.Evaluate(Next());
}
