using S3Criteria.Diagnostics;
using S3Criteria.Engine;
using static S3Criteria.Tests.Support.RuleHarness;

namespace S3Criteria.Tests.Security;

/// <summary>A rule file is data: nothing of .NET beyond the model's fields is reachable, and every attempt fails at load.</summary>
public sealed class NoCodeFromDataTests
{
    [Theory]
    [InlineData("strategy.GetType() == 'x'", DiagnosticCodes.ExpressionSyntax)]
    [InlineData("strategy.GetType == 'x'", DiagnosticCodes.UnknownName)]
    [InlineData("strategy.Title == 'x'", DiagnosticCodes.UnknownName)]
    [InlineData("strategy.title.Length > 3", DiagnosticCodes.UnknownName)]
    [InlineData("System.IO.File.Exists('/etc/passwd')", DiagnosticCodes.ExpressionSyntax)]
    [InlineData("File('/etc/passwd') == 'x'", DiagnosticCodes.UnknownName)]
    [InlineData("Process.Start('sh') == 'x'", DiagnosticCodes.ExpressionSyntax)]
    [InlineData("typeof(strategy) == 'x'", DiagnosticCodes.UnknownName)]
    [InlineData("Environment.Exit(1) == 0", DiagnosticCodes.ExpressionSyntax)]
    [InlineData("new(strategy) == 'x'", DiagnosticCodes.UnknownName)]
    [InlineData("strategy.region.code.Value == 'x'", DiagnosticCodes.UnknownName)]
    [InlineData("count(p in partnerships where p.Partners.Count > 0) > 0", DiagnosticCodes.UnknownName)]
    [InlineData("today.AddDays(1) > today", DiagnosticCodes.ExpressionSyntax)]
    [InlineData("__reflection == 1", DiagnosticCodes.UnknownName)]
    public void Build_ConditionReachingForDotNet_FailsAtLoad(string require, string code)
    {
        var file = RuleFile($"  - {{ id: R, title: T, severity: info, require: \"{require}\", message: m }}\n");

        var result = new RuleSetBuilder().AddYaml(file, "r.yaml").TryBuild();

        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Location is { FilePath: "r.yaml", Line: 4 });
    }

    [Fact]
    public void Build_TemplatePlaceholderReachingForDotNet_FailsAtLoad()
    {
        var file = RuleFile("  - { id: R, title: T, severity: info, require: 'true', message: '{strategy.GetType().FullName}' }\n");

        Assert.Equal(DiagnosticCodes.ExpressionSyntax, Assert.Single(new RuleSetBuilder().AddYaml(file).TryBuild().Diagnostics).Code);
    }
}
