using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Evaluation;
using S3Criteria.Reports;

namespace S3Criteria.Tests.Support;

/// <summary>Evaluates tiny rule files against tiny strategies on a fixed date.</summary>
internal static class RuleHarness
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    public const string BaseStrategy = """
        id: t
        title: Test strategy
        region: { code: ITF4, name: Puglia, category: less-developed, lagging: low-growth }
        period-start: 2021
        period-end: 2027

        """;

    /// <summary>A rule file with one criterion <c>C</c> and the given rules (each a YAML list item).</summary>
    public static string RuleFile(string rules, string parameters = "") => $"""
        criterion: {"{"} id: C, title: Test criterion {"}"}
        {parameters}
        rules:
        {rules}
        """;

    public static RuleSet Build(string ruleFile, params (string Name, string Value)[] overrides)
    {
        var builder = new RuleSetBuilder().AddYaml(ruleFile, "rules.yaml");
        foreach (var (name, value) in overrides)
        {
            builder.SetParameter(name, value);
        }

        return builder.Build();
    }

    public static ComplianceEvaluator Evaluator(RuleSet rules) =>
        new(rules, new ComplianceEvaluatorOptions { TimeProvider = new FixedTime(Today) });

    public static ComplianceReport Evaluate(string ruleFile, string strategyBody, params (string Name, string Value)[] overrides) =>
        Evaluator(Build(ruleFile, overrides)).Evaluate(StrategyDocument.Parse(BaseStrategy + strategyBody, filePath: "strategy.yaml"));

    /// <summary>The outcome of rule <c>R</c> when <paramref name="require"/> is its condition, for each subject of <paramref name="forEach"/>.</summary>
    public static RuleOutcome Outcome(string require, string strategyBody, string forEach = "strategy", string extra = "") =>
        Evaluate(RuleFile($"""
              - id: R
                title: Test rule
                severity: blocking
                for-each: {forEach}
                require: "{require}"
                message: failed
            {extra}
            """), strategyBody).Rules.Single(r => r.RuleId == "R").Outcome;

    public sealed class FixedTime(DateOnly date) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }
}
