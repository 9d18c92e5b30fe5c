using S3Criteria.Documents;
using S3Criteria.Evaluation;
using S3Criteria.Rules;

var rules = new RuleSetBuilder().AddBuiltInRules().Build();
var report = new ComplianceEvaluator(rules).Evaluate(StrategyDocument.Load(args[0]));
Console.WriteLine($"Enabling condition 1.1: {report.Verdict}");
Console.WriteLine(string.Join('\n', report.Findings.Select(f => $"{f.RuleId} {f.Subject.Name}: {f.Message}")));
