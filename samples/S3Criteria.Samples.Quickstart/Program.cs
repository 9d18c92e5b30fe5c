using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Evaluation;
using S3Criteria.Writers;

var rules = new RuleSetBuilder().AddBuiltInRules().Build();
var report = new ComplianceEvaluator(rules).Evaluate(StrategyDocument.Load(args[0]));
Console.WriteLine($"Enabling condition 1.1: {ReportLabels.Verdict(report.Verdict)}");
Console.WriteLine(string.Join('\n', report.Findings.Select(f => $"{f.RuleId} ({ReportLabels.Severity(f.Severity)}): {f.Message}")));
