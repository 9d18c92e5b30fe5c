using BenchmarkDotNet.Attributes;

namespace S3Criteria.Benchmarks;

/// <summary>
/// How the cost grows with the number of partnerships (10, 30, 100, 1000; 10 priority areas): the criterion-7 rules in
/// the engine against the hand-written evaluator. Growth from 100 to 1000 is read across the <c>Partnerships</c> rows.
/// </summary>
public class PartnershipScalingBenchmarks : EngineVersusHandWrittenBenchmarks
{
    [Params(10, 30, 100, 1000)]
    public override int Partnerships { get; set; }

    protected override string RuleSetName => Workloads.Criterion7;

    protected override int ParitySample => 4;
}
