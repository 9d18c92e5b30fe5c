using S3Criteria.Diagnostics;
using S3Criteria.Engine;
using S3Criteria.Rules;

namespace S3Criteria.Tests.Engine;

/// <summary>A user's rule file extends the built-in set, sets parameters, changes severities and disables rules, without forking.</summary>
public sealed class RuleSetCompositionTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("s3c-rules-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Build_ProfileExtendingBuiltIn_ChangesParametersSeverityAndDisablesWithReason()
    {
        var profile = Write("profile/national.yaml", """
            extends: builtin
            set:
              min-measures-per-priority: 2
              min-distinct-instruments: 3
            overrides:
              C7-16: { severity: advisory }
              C7-12: { disabled: Successor planning is reviewed by the monitoring committee. }
            """);

        var rules = new RuleSetBuilder().AddFile(profile).SetParameter("min-distinct-instruments", "4").Build();

        var builtIn = new RuleSetBuilder().AddBuiltInRules().Build();
        Assert.Equal(builtIn.Rules.Count - 1, rules.Rules.Count);
        Assert.Null(rules.FindRule("C7-12"));
        Assert.Equal("Successor planning is reviewed by the monitoring committee.", Assert.Single(rules.DisabledRules).Reason);
        Assert.Equal(Severity.Advisory, rules.FindRule("C7-16")!.Severity);
        Assert.Equal("2", rules.Parameters.Single(p => p.Name == "min-measures-per-priority").Value);
        Assert.Equal("4", rules.Parameters.Single(p => p.Name == "min-distinct-instruments").Value);
    }

    [Fact]
    public void Build_ExtendsFileBelowTheRoot_LoadsItFirstOnce()
    {
        Write("base/common.yaml", "criterion: { id: C, title: T }\nrules:\n  - { id: R1, title: T, severity: info, require: 'true', message: m }\n");
        Write("a.yaml", "extends: [base/common.yaml, b.yaml]\nrules:\n  - { id: R2, title: T, criterion: C, severity: info, require: 'true', message: m }\n");
        Write("b.yaml", "extends: a.yaml\nrules:\n  - { id: R3, title: T, criterion: C, severity: info, require: 'true', message: m }\n");

        var rules = new RuleSetBuilder().AddFile(Path.Combine(_root, "a.yaml")).Build();

        Assert.Equal(["R1", "R3", "R2"], rules.Rules.Select(r => r.Id));
    }

    [Theory]
    [InlineData("../outside.yaml")]
    [InlineData("/etc/passwd")]
    public void Build_ExtendsOutsideTheRoot_IsRejectedAtTheLocation(string target)
    {
        Write("outside.yaml", "criterion: { id: X, title: T }\n");
        var file = Write("inner/rules.yaml", $"extends: {target}\ncriterion: {{ id: C, title: T }}\n");

        var diagnostic = Assert.Single(new RuleSetBuilder().AddDirectory(Path.Combine(_root, "inner")).TryBuild().Diagnostics);

        Assert.Equal(new SourceLocation(file, 1, 10), diagnostic.Location);
        Assert.Contains("leaves the rule set's root", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ExtendsOutsideTheRootWhenAllowed_Loads()
    {
        Write("outside.yaml", "criterion: { id: X, title: Outside }\n");
        Write("inner/rules.yaml", "extends: ../outside.yaml\ncriterion: { id: C, title: T }\n");

        var rules = new RuleSetBuilder().AddDirectory(Path.Combine(_root, "inner")).AllowExtendsOutsideRoot().Build();

        Assert.Equal(["C", "X"], rules.Criteria.Select(c => c.Id));
    }

    [Fact]
    public void Build_OverrideOfUnknownRuleAndSetOfUnknownParameter_AreLocated()
    {
        var result = new RuleSetBuilder().AddYaml("extends: builtin\nset: { min-actve: 1 }\noverrides:\n  C7-99: { severity: info }\n", "p.yaml").TryBuild();

        Assert.Equal(
            ["p.yaml(2,8): error S3C0203: Cannot set parameter 'min-actve': no rule file declares it.", "p.yaml(4,3): error S3C0204: Cannot override rule 'C7-99': no loaded rule has that identifier. Did you mean 'C7-09'?"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Build_TextExtendingAPath_IsRejected()
    {
        var diagnostic = Assert.Single(new RuleSetBuilder().AddYaml("extends: other.yaml\n", "t.yaml").TryBuild().Diagnostics);

        Assert.Contains("only rule files added from disk can extend other files by path", diagnostic.Message, StringComparison.Ordinal);
    }
}
