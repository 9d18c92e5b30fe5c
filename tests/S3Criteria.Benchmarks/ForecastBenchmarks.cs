using BenchmarkDotNet.Attributes;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Evaluation;
using S3Criteria.Forecasting;

namespace S3Criteria.Benchmarks;

/// <summary>
/// A forecast is many evaluations of one document (issue 17: at most 1.2x the same number of single warm
/// evaluations). The baseline evaluates the document once on each date the forecast evaluates, with evaluators made
/// beforehand (one compiled rule set, one parsed document); the forecast also derives its change points and builds
/// the timeline. One sample per parameter value, over 2025-01-01 to 2029-12-31.
/// </summary>
[MemoryDiagnoser]
public class ForecastBenchmarks
{
    private static readonly DateOnly From = new(2025, 1, 1);
    private static readonly DateOnly Until = new(2029, 12, 31);

    private StrategyDocument _document = null!;
    private ComplianceForecaster _forecaster = null!;
    private ComplianceEvaluator[] _evaluators = null!;

    /// <summary>Gets or sets the sample, by file name without extension.</summary>
    [Params("centro", "centru", "croatia", "dytiki-makedonia", "exemplary", "extremadura", "kainuu", "nord-est", "nyugat-dunantul", "puglia", "weak-draft")]
    public string Sample { get; set; } = "exemplary";

    [GlobalSetup]
    public void Setup()
    {
        var rules = new RuleSetBuilder().AddBuiltInRules().Build();
        _document = StrategyDocument.Load(SamplePath(Sample));
        _forecaster = new ComplianceForecaster(rules, new ComplianceForecastOptions { From = From, Until = Until });
        var dates = _forecaster.Forecast(_document).EvaluatedDates;
        _evaluators = [.. dates.Select(date => new ComplianceEvaluator(rules, new ComplianceEvaluatorOptions { EvaluationDate = date }))];
    }

    [Benchmark(Baseline = true)]
    public int SingleEvaluations()
    {
        var findings = 0;
        foreach (var evaluator in _evaluators)
        {
            findings += evaluator.Evaluate(_document).Findings.Count;
        }

        return findings;
    }

    [Benchmark]
    public int Forecast() => _forecaster.Forecast(_document).Changes.Count;

    private static string SamplePath(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "samples", "strategies", name + ".yaml");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException($"samples/strategies/{name}.yaml not found above {AppContext.BaseDirectory}.");
    }
}
