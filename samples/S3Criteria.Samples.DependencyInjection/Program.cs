// A generic-host application (a portal back end, a case-management worker) that checks strategy drafts through DI.
// Usage: dotnet run --project samples/S3Criteria.Samples.DependencyInjection -- samples/strategies/extremadura.yaml
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using S3Criteria;
using S3Criteria.Documents;
using S3Criteria.Evaluation;
using S3Criteria.Writers;

var builder = Host.CreateApplicationBuilder(args);

// readme:di:start (README.md shows these lines verbatim; a test keeps them identical)
builder.Services.AddS3Criteria(options => options.Language = "en")
    .AddBuiltInRules()                                  // and/or .AddRulesFromDirectory(path), .AddRulesFromAssembly(asm)
    .SetParameter("min-measures-per-priority", "2")     // a threshold of the rule set, not of the regulation
    .DisableRule("C7-12", "Successor planning is reviewed by the programme's monitoring committee.");
// readme:di:end

using var host = builder.Build();

// Options are validated on start: a missing rules directory or a rule file with errors stops here, every problem listed.
await host.StartAsync();

// The compiled rule set is a singleton; each evaluation runs in its own engine session, so this is safe from any thread.
var evaluator = host.Services.GetRequiredService<IComplianceEvaluator>();
var path = args.Length > 0 ? args[0] : Path.Combine("samples", "strategies", "extremadura.yaml");
var loaded = StrategyDocument.TryLoad(path);
if (!loaded.Success)
{
    foreach (var diagnostic in loaded.Diagnostics)
    {
        Console.Error.WriteLine(diagnostic);
    }

    return 2;
}

var report = evaluator.Evaluate(loaded.Value!);
Console.WriteLine($"{report.StrategyTitle}: {ReportLabels.Verdict(report.Verdict)}");
foreach (var criterion in report.Criteria)
{
    Console.WriteLine($"  {criterion.CriterionId}: {ReportLabels.Verdict(criterion.Verdict)} ({criterion.RulesPassed} rules passed, {criterion.RulesFailed} failed)");
}

await host.StopAsync();
return 0;
