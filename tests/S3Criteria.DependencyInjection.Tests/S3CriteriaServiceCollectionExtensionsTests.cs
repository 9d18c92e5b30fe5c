using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.DependencyInjection.Tests.Support;
using S3Criteria.Evaluation;

namespace S3Criteria.DependencyInjection.Tests;

public sealed class S3CriteriaServiceCollectionExtensionsTests : IDisposable
{
    private const string Rule = """
        criterion: { id: C, title: Test }
        parameters: { min-priorities: 1 }
        rules:
          - id: R
            title: Enough priorities
            severity: blocking
            require: count(priorities) >= min-priorities
            message: too few
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("s3c-di-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void AddS3Criteria_CalledTwice_RegistersNothingTwice()
    {
        var once = new ServiceCollection();
        once.AddS3Criteria().AddBuiltInRules();
        var twice = new ServiceCollection();
        twice.AddS3Criteria().AddBuiltInRules();
        twice.AddS3Criteria().AddBuiltInRules();

        static string[] Services(IServiceCollection services) =>
            [.. services.Where(d => d.ServiceType != typeof(IConfigureOptions<S3CriteriaOptions>)).Select(d => $"{d.ServiceType} {d.ImplementationType} {d.Lifetime}").Order(StringComparer.Ordinal)];
        Assert.Equal(Services(once), Services(twice));
        Assert.Single(twice, d => d.ServiceType == typeof(IComplianceEvaluator));
        Assert.Single(twice, d => d.ServiceType == typeof(IValidateOptions<S3CriteriaOptions>));
    }

    [Fact]
    public void GetService_BuiltInRules_EvaluatesAndSharesOneRuleSet()
    {
        var services = new ServiceCollection();
        services.AddS3Criteria().AddBuiltInRules().SetParameter("min-measures-per-priority", "0");
        using var provider = services.BuildServiceProvider();

        var report = provider.GetRequiredService<IComplianceEvaluator>().Evaluate(StrategyDocument.Load(Path.Combine(AppContext.BaseDirectory, "samples", "extremadura.yaml")));

        Assert.Same(provider.GetRequiredService<RuleSet>(), provider.GetRequiredService<RuleSet>());
        Assert.Equal("0", Assert.Single(report.Provenance.ParameterOverrides).Value);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "C7-01");
    }

    [Fact]
    public void GetOptions_BadOptions_FailWithEveryProblemListed()
    {
        File.WriteAllText(Path.Combine(_directory, "bad.yaml"), Rule.Replace("count(priorities)", "count(prioritis)", StringComparison.Ordinal));
        var services = new ServiceCollection();
        services.AddS3Criteria(o => o.Language = "english")
            .AddRulesFromDirectory(Path.Combine(_directory, "missing"))
            .DisableRule("R", " ");
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IRuleSetProvider>().Current);

        Assert.Equal(3, exception.Failures.Count());
        Assert.Contains(exception.Failures, f => f.Contains("missing' does not exist", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, f => f.Contains("disabled without a reason", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, f => f.Contains("'english' is not an available language; available: en, de, el, es, fi, fr, hr, hu, it, pt, ro", StringComparison.Ordinal));
    }

    [Fact]
    public void GetOptions_RuleFileErrorsAndUnknownParameter_ListEveryLocatedProblem()
    {
        var file = Path.Combine(_directory, "bad.yaml");
        File.WriteAllText(file, Rule.Replace("count(priorities)", "count(prioritis)", StringComparison.Ordinal));
        var services = new ServiceCollection();
        services.AddS3Criteria().AddRulesFromDirectory(_directory).SetParameter("min-prioritie", "2");
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IComplianceEvaluator>().Evaluate(StrategyDocument.Load(Path.Combine(AppContext.BaseDirectory, "samples", "extremadura.yaml"))));

        Assert.Equal(2, exception.Failures.Count());
        Assert.Contains(exception.Failures, f => f.StartsWith($"{file}(7,20): error S3C0102: Unknown name 'prioritis'", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, f => f.Contains("Cannot set parameter 'min-prioritie'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartAsync_HostWithBadOptions_FailsAtStart()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddS3Criteria().AddRulesFromDirectory(Path.Combine(_directory, "missing"));
        using var host = builder.Build();

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Reload_ChangedRules_ReplaceRuleSetAndBadOnesKeepIt()
    {
        var file = Path.Combine(_directory, "rules.yaml");
        File.WriteAllText(file, Rule);
        var logs = new ListLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(l => l.AddProvider(logs));
        services.AddS3Criteria().AddRulesFromDirectory(_directory);
        using var provider = services.BuildServiceProvider();
        var rules = (RuleSetProvider)provider.GetRequiredService<IRuleSetProvider>();
        var first = rules.Current;

        File.WriteAllText(file, Rule.Replace("min-priorities: 1", "min-priorities: 5", StringComparison.Ordinal));
        Assert.True(rules.Reload());
        var second = rules.Current;
        File.WriteAllText(file, Rule.Replace("require:", "requires:", StringComparison.Ordinal));
        Assert.False(rules.Reload());

        Assert.NotSame(first, second);
        Assert.Equal("5", second.Parameters.Single().Value);
        Assert.Same(second, rules.Current);
        Assert.Contains(logs.Messages, m => m.StartsWith("Loaded rule set custom 0: 1 rules", StringComparison.Ordinal));
        Assert.Contains(logs.Messages, m => m.Contains("Reloading the rules failed", StringComparison.Ordinal) && m.Contains("rules.yaml(7,5): error S3Y0004", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EnableReload_FileChanged_PicksUpNewRules()
    {
        var file = Path.Combine(_directory, "rules.yaml");
        File.WriteAllText(file, Rule);
        var services = new ServiceCollection();
        services.AddS3Criteria().AddRulesFromDirectory(_directory).EnableReload();
        using var provider = services.BuildServiceProvider();
        var rules = provider.GetRequiredService<IRuleSetProvider>();
        var first = rules.Current;

        File.WriteAllText(file, Rule.Replace("min-priorities: 1", "min-priorities: 3", StringComparison.Ordinal));
        for (var i = 0; i < 100 && ReferenceEquals(first, rules.Current); i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Equal("3", rules.Current.Parameters.Single().Value);
    }
}
