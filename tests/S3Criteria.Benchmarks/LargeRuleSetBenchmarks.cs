using BenchmarkDotNet.Attributes;

namespace S3Criteria.Benchmarks;

/// <summary>
/// Warm evaluation with about 500 rules: 22 parameter variations of the 23 criterion-7 rules (506 rules, see
/// <see cref="Workloads.VariationsYaml"/>), 30 partnerships. Every copy reports exactly the hand-written evaluator's
/// findings (checked in the setup), so the baseline is the hand-written evaluator run 22 times.
/// </summary>
public class LargeRuleSetBenchmarks : EngineVersusHandWrittenBenchmarks
{
    [Params(30)]
    public override int Partnerships { get; set; }

    protected override string RuleSetName => Workloads.Variations;

    protected override int Copies => Workloads.VariationCopies;

    protected override int ParitySample => 4;
}
