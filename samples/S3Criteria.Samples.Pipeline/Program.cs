// A document pipeline step: check every strategy document in a folder, write one SARIF log for code scanning,
// and fail the step when a blocking finding is open.
// Usage: dotnet run --project samples/S3Criteria.Samples.Pipeline -- samples/strategies results.sarif
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Evaluation;
using S3Criteria.Reports;
using S3Criteria.Rules;
using S3Criteria.Writers;

var folder = args.Length > 0 ? args[0] : Path.Combine("samples", "strategies");
var output = args.Length > 1 ? args[1] : "results.sarif";

// Compile once; the rule set is thread-safe, so the documents are checked in parallel.
var rules = new RuleSetBuilder().AddBuiltInRules().Build();
var evaluator = new ComplianceEvaluator(rules);
var files = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToArray();
var reports = new ComplianceReport?[files.Length];
var problems = 0;
Parallel.For(0, files.Length, i =>
{
    var loaded = StrategyDocument.TryLoad(files[i]);
    if (!loaded.Success)
    {
        foreach (var diagnostic in loaded.Diagnostics)
        {
            Console.Error.WriteLine(diagnostic); // file(line,col): error CODE: path: message
        }

        Interlocked.Increment(ref problems);
        return;
    }

    reports[i] = evaluator.Evaluate(loaded.Value!);
});

var checkedReports = reports.OfType<ComplianceReport>().ToList();

// Code scanning wants document paths relative to the checkout: here, the directory the step runs in.
var context = new ReportWriterContext(checkedReports.Select(r => new ReportEntry(r)), rules, new ReportWriterOptions { BaseDirectory = Environment.CurrentDirectory });
using (var stream = File.Create(output))
{
    ReportWriterRegistry.Default.Get("sarif").Write(context, stream);
}

var blocking = checkedReports.Sum(r => r.Findings.Count(f => f.Severity == Severity.Blocking && !f.IsWaived));
Console.WriteLine($"Checked {Count(checkedReports.Count, "document")}: {Count(blocking, "open blocking finding")}. SARIF written to {output}.");
return problems > 0 ? 2 : blocking > 0 ? 1 : 0;

static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
