using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Reports;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Schemas;

/// <summary>The built-in rule set, compiled once, and the reports of the samples on the fixed test date (2026-11-25).</summary>
internal static class SampleReports
{
    private static readonly Lazy<RuleSet> BuiltIn = new(() => new RuleSetBuilder().AddBuiltInRules().Build());

    public static RuleSet Rules => BuiltIn.Value;

    public static ComplianceReport Evaluate(string sample) =>
        RuleHarness.Evaluator(Rules).Evaluate(StrategyDocument.Load(SchemaFiles.Sample(sample)));
}
