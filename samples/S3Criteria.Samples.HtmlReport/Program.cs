// Write the HTML report of a strategy document to a file: one self-contained page for a policy officer.
// Usage: dotnet run --project samples/S3Criteria.Samples.HtmlReport -- samples/strategies/extremadura.yaml report.html
// Any other format of `s3criteria check --format` works the same way: pass its name to Get.
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Evaluation;
using S3Criteria.Writers;

var path = args.Length > 0 ? args[0] : Path.Combine("samples", "strategies", "extremadura.yaml");
var output = args.Length > 1 ? args[1] : Path.ChangeExtension(Path.GetFileName(path), ".html");

var loaded = StrategyDocument.TryLoad(path);
if (!loaded.Success)
{
    foreach (var diagnostic in loaded.Diagnostics)
    {
        Console.Error.WriteLine(diagnostic); // file(line,col): error CODE: path: message
    }

    return 2;
}

var rules = new RuleSetBuilder().AddBuiltInRules().Build();
var document = loaded.Value!;
var report = new ComplianceEvaluator(rules).Evaluate(document);

// The writer prints only what the context holds: the report, its document (for the matrix of priority areas
// and cooperation instruments) and the rule set. It reads no file and no current directory.
var context = new ReportWriterContext(report, document, rules);
using (var stream = File.Create(output))
{
    ReportWriterRegistry.Default.Get("html").Write(context, stream);
}

Console.WriteLine($"{report.StrategyTitle}: {report.Verdict}. HTML report written to {output}.");
return 0;
