using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using S3Criteria.DependencyInjection.Tests.Support;
using S3Criteria.Documents;
using S3Criteria.Evaluation;
using S3Criteria.Reports;

namespace S3Criteria.DependencyInjection.Tests.DependencyInjection;

/// <summary>
/// Issue 13's torn reload, as a bounded, seeded stress: a writer rewrites the rule file generation after generation,
/// in pieces (a half-written file is often valid YAML with fewer rules), some generations invalid, while two threads
/// evaluate without pause through the registered evaluator and the reload timer's callback runs between the pieces.
/// Every report must come from one complete, valid generation.
/// </summary>
public sealed class RuleSetProviderStressTests : IDisposable
{
    private const int Seed = 13;
    private const int Generations = 24;

    private readonly string _directory = Directory.CreateTempSubdirectory("s3c-stress-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>How many rules generation <paramref name="g"/> has.</summary>
    private static int RuleCount(int g) => 2 + (g % 4);

    /// <summary>Every fifth generation has an error in its last rule: it must never be served.</summary>
    private static bool IsInvalid(int g) => g % 5 == 3;

    private static string Generation(int g)
    {
        var n = RuleCount(g);
        var text = new StringBuilder("criterion: { id: C, title: Stress }\nrules:\n");
        for (var i = 1; i <= n; i++)
        {
            var require = IsInvalid(g) && i == n ? "requires" : "require";
            text.Append(CultureInfo.InvariantCulture, $"  - id: R{i}\n    title: g{g} r{i} of {n}\n    severity: blocking\n    {require}: count(priorities) >= 1000\n    message: g{g} r{i} of {n} end\n");
        }

        return text.ToString();
    }

    [Fact]
    public async Task Reload_RuleFilesRewrittenWhileEvaluating_EveryReportComesFromACompleteValidRuleSet()
    {
        var file = Path.Combine(_directory, "rules.yaml");
        File.WriteAllText(file, Generation(0));
        var time = new ManualTimeProvider();
        var logs = new ListLoggerProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddLogging(l => l.AddProvider(logs));
        services.AddS3Criteria().AddRulesFromDirectory(_directory).EnableReload();
        using var provider = services.BuildServiceProvider();
        var rules = provider.GetRequiredService<IRuleSetProvider>();
        var evaluator = provider.GetRequiredService<IComplianceEvaluator>();
        var document = StrategyDocument.Load(Path.Combine(AppContext.BaseDirectory, "samples", "extremadura.yaml"));
        _ = rules.Current;
        var reports = new List<ComplianceReport>();
        int[] evaluated = [0];
        using var stop = new CancellationTokenSource();
        var evaluators = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var mine = new List<ComplianceReport>();
            while (!stop.IsCancellationRequested)
            {
                mine.Add(evaluator.Evaluate(document));
                Interlocked.Increment(ref evaluated[0]);
            }

            lock (reports)
            {
                reports.AddRange(mine);
            }
        })).ToArray();

        var random = new Random(Seed);
        for (var g = 1; g <= Generations; g++)
        {
            // The writer never pauses for two ticks in a row while a file is half written.
            var bytes = Encoding.UTF8.GetBytes(Generation(g));
            using (var stream = new FileStream(file, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
            {
                stream.SetLength(0);
                for (var written = 0; written < bytes.Length;)
                {
                    var piece = Math.Min(bytes.Length - written, random.Next(1, bytes.Length / 2));
                    stream.Write(bytes, written, piece);
                    stream.Flush();
                    written += piece;
                    if (written < bytes.Length && random.Next(2) == 0)
                    {
                        time.Fire();
                    }
                }
            }

            for (var ticks = IsInvalid(g) || g == Generations ? 2 : random.Next(4); ticks > 0; ticks--)
            {
                time.Fire();
            }

            // Let both evaluators report on what is in force before the next generation (bounded, not timed).
            var target = Volatile.Read(ref evaluated[0]) + 2;
            for (var wait = 0; Volatile.Read(ref evaluated[0]) < target && wait < 10_000; wait++)
            {
                await Task.Delay(1, TestContext.Current.CancellationToken);
            }
        }

        await stop.CancelAsync();
        await Task.WhenAll(evaluators).WaitAsync(TestContext.Current.CancellationToken);

        Assert.NotEmpty(reports);
        var served = reports.Select(GenerationOf).ToHashSet();
        Assert.All(served, g => Assert.False(IsInvalid(g), $"generation {g} has an error, yet was served"));
        Assert.Contains(Generations, served);
        Assert.True(served.Count >= 3, $"only generations {string.Join(", ", served)} were served");
        Assert.Equal(Generations, GenerationOf(evaluator.Evaluate(document)));
        Assert.Contains(logs.Messages, m => m.StartsWith("Reloading the rules failed; the previous rule set stays in force.", StringComparison.Ordinal) && m.Contains("rules.yaml(", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, m => m.StartsWith("Reloading the rules threw", StringComparison.Ordinal));
    }

    /// <summary>The generation a report came from, after checking that it holds that whole generation and nothing else.</summary>
    private static int GenerationOf(ComplianceReport report)
    {
        var title = report.Rules[0].Title;
        var g = int.Parse(title[1..title.IndexOf(' ', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
        var n = RuleCount(g);
        Assert.Equal([.. Enumerable.Range(1, n).Select(i => $"R{i}")], report.Rules.Select(r => r.RuleId).Order(StringComparer.Ordinal));
        Assert.All(report.Rules, r => Assert.Equal($"g{g} r{r.RuleId[1..]} of {n}", r.Title));
        Assert.Equal(n, report.Findings.Count);
        Assert.All(report.Findings, f => Assert.Equal($"g{g} r{f.RuleId[1..]} of {n} end", f.Message));
        return g;
    }
}
