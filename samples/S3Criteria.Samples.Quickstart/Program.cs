using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Evaluation;

var rules = new RuleSetBuilder().AddBuiltInRules().Build();
var report = new ComplianceEvaluator(rules).Evaluate(StrategyDocument.Load(args[0]));
Console.WriteLine($"Enabling condition 1.1: {report.Verdict}");
Console.WriteLine(string.Join('\n', report.Findings.Select(f => $"{f.RuleId} {f.Subject.Name}: {f.Message}")));
