using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using S3Criteria.DependencyInjection.Tests.Support;
using S3Criteria.Diagnostics;
using S3Criteria.Engine;

namespace S3Criteria.DependencyInjection.Tests.DependencyInjection;

/// <summary>
/// Reloading rules (issue 13): the debounce timer builds only from a stable snapshot of the rule files, a failure of
/// any kind keeps the rule set in force and is logged, and nothing escapes the timer's callback.
/// </summary>
public sealed class RuleSetProviderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("s3c-reload-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string File1 => Path.Combine(_directory, "rules.yaml");

    /// <summary>A valid rule file whose <paramref name="minimum"/> shows which one was loaded.</summary>
    private static string Rules(int minimum) => $$"""
        criterion: { id: C, title: Test }
        parameters: { min-priorities: {{minimum}} }
        rules:
          - id: R
            title: Enough priorities
            severity: blocking
            require: count(priorities) >= min-priorities
            message: too few
        """;

    [Fact]
    public void OnTimer_FilesChangedSinceTheLastTick_WaitsForTwoEqualSnapshots()
    {
        File.WriteAllText(File1, Rules(1));
        var (rules, _) = Provider();
        var first = rules.Current;

        File.WriteAllText(File1, Rules(2));
        Assert.Equal(ReloadOutcome.Unsettled, rules.OnTimer());
        File.WriteAllText(File1, Rules(3));
        Assert.Equal(ReloadOutcome.Unsettled, rules.OnTimer());
        Assert.Same(first, rules.Current);
        Assert.Equal(ReloadOutcome.Replaced, rules.OnTimer());
        Assert.Equal(ReloadOutcome.Unchanged, rules.OnTimer());

        Assert.Equal("3", rules.Current.Parameters.Single().Value);
    }

    [Fact]
    public void OnTimer_FileRewrittenDuringTheBuild_KeepsTheRulesInForceAndTriesAgain()
    {
        File.WriteAllText(File1, Rules(1));
        var rewrite = true;
        var (rules, _) = Provider(options =>
        {
            var loaded = RuleSetFactory.TryBuild(options);
            if (rewrite)
            {
                File.WriteAllText(File1, Rules(9)); // a writer at work while the build reads
            }

            return loaded;
        });
        var first = rules.Current;
        File.WriteAllText(File1, Rules(2));

        Assert.Equal(ReloadOutcome.Unsettled, rules.OnTimer());
        Assert.Equal(ReloadOutcome.Unsettled, rules.OnTimer()); // built 2, but the files hold 9 now
        Assert.Same(first, rules.Current);
        rewrite = false;
        Assert.Equal(ReloadOutcome.Unsettled, rules.OnTimer()); // two equal snapshots again, from scratch
        Assert.Equal(ReloadOutcome.Replaced, rules.OnTimer());

        Assert.Equal("9", rules.Current.Parameters.Single().Value);
    }

    [Fact]
    public void OnTimer_LoaderThrows_KeepsTheRulesInForceAndLogsTheException()
    {
        File.WriteAllText(File1, Rules(1));
        var calls = 0;
        var (rules, logs) = Provider(options => ++calls == 1 ? RuleSetFactory.TryBuild(options) : throw new OverflowException("Value was either too large or too small for a Decimal."));
        var first = rules.Current;
        File.WriteAllText(File1, Rules(2));

        var outcomes = new[] { rules.OnTimer(), rules.OnTimer() };

        Assert.Equal([ReloadOutcome.Unsettled, ReloadOutcome.Failed], outcomes);
        Assert.Same(first, rules.Current);
        Assert.Contains(logs.Messages, m => m.StartsWith("Reloading the rules threw OverflowException; the previous rule set stays in force. Value was either too large", StringComparison.Ordinal));
    }

    [Fact]
    public void TimerCallback_RuleFileWithAnOverflowingLiteral_NeitherThrowsNorReplacesTheRules()
    {
        File.WriteAllText(File1, Rules(1));
        var time = new ManualTimeProvider();
        var logs = new ListLoggerProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddLogging(l => l.AddProvider(logs));
        services.AddS3Criteria().AddRulesFromDirectory(_directory).EnableReload();
        using var provider = services.BuildServiceProvider();
        var rules = provider.GetRequiredService<IRuleSetProvider>();
        var first = rules.Current;

        // The literal overflow of issue 13: it threw out of the loader and, on the timer thread, ended the process.
        File.WriteAllText(File1, Rules(1).Replace("count(priorities) >= min-priorities", "count(priorities) >= 123456789012345678901234567890123", StringComparison.Ordinal));
        var thrown = Record.Exception(() =>
        {
            time.Fire();
            time.Fire();
        });

        Assert.Null(thrown);
        Assert.True(time.HasTimer);
        Assert.Same(first, rules.Current);
        Assert.Contains(logs.Messages, m => m.StartsWith("Reloading the rules failed; the previous rule set stays in force.", StringComparison.Ordinal) || m.StartsWith("Reloading the rules threw", StringComparison.Ordinal));
    }

    [Fact]
    public void OnTimer_RuleFilesDeleted_KeepsTheRulesInForceAndLogsTheDiagnostics()
    {
        File.WriteAllText(File1, Rules(1));
        var (rules, logs) = Provider();
        var first = rules.Current;
        File.Delete(File1);

        var outcomes = new[] { rules.OnTimer(), rules.OnTimer() };

        Assert.Equal([ReloadOutcome.Unsettled, ReloadOutcome.Failed], outcomes);
        Assert.Same(first, rules.Current);
        Assert.Contains(logs.Messages, m => m.StartsWith("Reloading the rules failed; the previous rule set stays in force.", StringComparison.Ordinal) && m.Contains("error S3", StringComparison.Ordinal));
    }

    private (RuleSetProvider Rules, ListLoggerProvider Logs) Provider(Func<S3CriteriaOptions, LoadResult<RuleSet>>? build = null)
    {
        var options = new S3CriteriaOptions();
        options.RuleDirectories.Add(_directory);
        var logs = new ListLoggerProvider();
        var provider = new RuleSetProvider(Options.Create(options), new RuleSetCache(), logs.CreateLogger("reload"), TimeProvider.System, build);
        return (provider, logs);
    }
}
