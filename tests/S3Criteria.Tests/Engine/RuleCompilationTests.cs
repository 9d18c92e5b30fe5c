using S3Criteria.Engine;
using S3Criteria.Evaluation;
using S3Criteria.Tests.Support;
using S3Criteria.Writers;

namespace S3Criteria.Tests.Engine;

public sealed class RuleCompilationTests
{
    [Fact]
    public void Build_InterpretedAndCompiled_GiveIdenticalReports()
    {
        var interpreted = new RuleSetBuilder().AddBuiltInRules().WithCompilation(RuleCompilation.Interpreted).Build();
        var compiled = new RuleSetBuilder().AddBuiltInRules().WithCompilation(RuleCompilation.Compiled).Build();
        var options = new ComplianceEvaluatorOptions { EvaluationDate = RuleHarness.Today };

        for (var seed = 0; seed < 30; seed++)
        {
            var strategy = S3Criteria.Baseline.StrategyGenerator.Generate(seed, RuleHarness.Today);
            Assert.Equal(
                ComplianceReportJson.Serialize(new ComplianceEvaluator(compiled, options).Evaluate(strategy)),
                ComplianceReportJson.Serialize(new ComplianceEvaluator(interpreted, options).Evaluate(strategy)));
        }
    }
}
