using S3Criteria.Engine;
using S3Criteria.Evaluation;
using S3Criteria.Rules.Language;
using static S3Criteria.Tests.Support.RuleHarness;

namespace S3Criteria.Tests.Evaluation;

/// <summary>
/// The built-in rules cost in proportion to the document: from 1,000 to 10,000 priority areas and partnerships, every
/// rule visits about ten times the items and an evaluation allocates about ten times the memory (x10 +/- 30 %, the goal
/// of the performance issue). Items and bytes are counted, not timed: the counts are the same on every machine.
/// </summary>
public sealed class ScalingTests
{
    private const double MostGrowth = 10 * 1.3;

    private static readonly RuleSet BuiltIn = new RuleSetBuilder().AddBuiltInRules().Build();

    [Fact]
    public void Evaluate_BuiltInRulesFrom1000To10000_GrowLinearlyAndStayWithinTheWorkLimit()
    {
        var small = S3Criteria.Baseline.StrategyGenerator.Generate(1, Today, 1_000, 1_000);
        var large = S3Criteria.Baseline.StrategyGenerator.Generate(1, Today, 10_000, 10_000);
        var evaluator = new ComplianceEvaluator(BuiltIn, new ComplianceEvaluatorOptions { TimeProvider = new FixedTime(Today) });
        evaluator.Evaluate(small); // first use: compiled delegates, derived indexes' definitions

        var (smallBytes, _) = Allocated(() => evaluator.Evaluate(small));
        var (largeBytes, report) = Allocated(() => evaluator.Evaluate(large));

        Assert.Empty(report.Errors); // no rule goes past the default work limit on a large valid document
        Assert.True(largeBytes <= MostGrowth * smallBytes, $"An evaluation allocates {smallBytes:N0} bytes at 1,000 and {largeBytes:N0} at 10,000 (x{(double)largeBytes / smallBytes:F1}).");

        var visitedSmall = Visited(small);
        var visitedLarge = Visited(large);
        foreach (var rule in BuiltIn.Compiled)
        {
            // A rule that visits next to nothing (a few actions or indicators, which the generator does not scale) is left out.
            var (from, to) = (visitedSmall[rule.Index], visitedLarge[rule.Index]);
            Assert.True(from < 100 || to <= MostGrowth * from, $"{rule.Descriptor.Id} visits {from:N0} items at 1,000 and {to:N0} at 10,000 (x{(double)to / from:F1}).");
        }
    }

    private static (long Bytes, T Result) Allocated<T>(Func<T> action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = action();
        return (GC.GetAllocatedBytesForCurrentThread() - before, result);
    }

    private static long[] Visited(S3Criteria.Model.Strategy strategy)
    {
        var meter = new WorkMeter(BuiltIn.Compiled.Count, long.MaxValue, CancellationToken.None);
        using (meter.Activate())
        {
            BuiltIn.Run(new EvaluationScope(strategy, Today));
        }

        return [.. BuiltIn.Compiled.Select(r => meter.Used(r.Index))];
    }
}
