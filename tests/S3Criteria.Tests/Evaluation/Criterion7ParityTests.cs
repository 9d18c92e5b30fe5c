using S3Criteria.Baseline;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Reports;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Evaluation;

/// <summary>
/// The engine and a hand-written C# evaluator of the criterion-7 rules agree on generated strategies: the same rule,
/// subject and status (failed or cannot assess) for every finding, including the strategies that leave collections out.
/// </summary>
public sealed class Criterion7ParityTests
{
    private static readonly RuleSet Rules = new RuleSetBuilder()
        .AddFile(Path.Combine(AppContext.BaseDirectory, "rules", "criterion-7.yaml"))
        .AddFile(Path.Combine(AppContext.BaseDirectory, "rules", "vehicles.yaml"))
        .Build();

    [Fact]
    public void Evaluate_GeneratedStrategies_MatchesHandWrittenEvaluator()
    {
        var evaluator = RuleHarness.Evaluator(Rules);
        var checkedFindings = 0;
        var cannotAssess = 0;
        for (var seed = 0; seed < 300; seed++)
        {
            var strategy = StrategyGenerator.Generate(seed, RuleHarness.Today);
            Assert.Empty(StrategyDocument.Validate(strategy));

            var report = evaluator.Evaluate(strategy);

            Assert.Empty(report.Errors);
            var engine = report.Findings
                .Select(f => new BaselineFinding(f.RuleId, f.Subject.Id, f.Status == FindingStatus.CannotAssess))
                .OrderBy(f => f.ToString(), StringComparer.Ordinal)
                .ToList();
            var expected = HandWrittenCriterion7.Evaluate(strategy, RuleHarness.Today, Rules.Vehicles).OrderBy(f => f.ToString(), StringComparer.Ordinal).ToList();
            Assert.True(expected.SequenceEqual(engine), $"Seed {seed}: expected [{string.Join(", ", expected)}] but the engine found [{string.Join(", ", engine)}].");
            checkedFindings += expected.Count;
            cannotAssess += expected.Count(f => f.CannotAssess);
        }

        // The generator must exercise the rules, not produce 300 empty reports.
        Assert.True(checkedFindings > 1000, $"Only {checkedFindings} findings over 300 strategies.");

        // ... and the collections a document leaves out, which the rules that read them cannot assess.
        Assert.True(cannotAssess > 100, $"Only {cannotAssess} cannot-assess findings over 300 strategies.");
    }

    [Fact]
    public void HandWrittenEvaluator_CoversEveryRuleOfTheFile()
    {
        var fired = Enumerable.Range(0, 300)
            .SelectMany(seed => HandWrittenCriterion7.Evaluate(StrategyGenerator.Generate(seed, RuleHarness.Today), RuleHarness.Today, Rules.Vehicles))
            .Where(f => !f.CannotAssess)
            .Select(f => f.RuleId)
            .ToHashSet();

        Assert.Equal(Rules.Rules.Select(r => r.Id).Order(), fired.Order());
    }
}
