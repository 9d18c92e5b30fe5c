using S3Criteria.Diagnostics;
using S3Criteria.Engine;

namespace S3Criteria.Tests.Engine;

/// <summary>Every kind of bad rule file gives a located error: the code, and the exact line and column of the offending token.</summary>
public sealed class RuleSetBuilderErrorTests
{
    private const string Header = """
        criterion: { id: C, title: Test }
        parameters:
          min-active: 1
        rules:
          - id: R
            title: Test rule
            severity: blocking
            for-each: priority

        """;

    // Header is 8 lines; the lines below start at line 9, indented by 4 columns.
    [Theory]
    [InlineData("    require: count(p in partnerships where p.status == active) >= 1\n    message: m\n    mesage: typo\n", DiagnosticCodes.UnknownKey, 11, 5, "Did you mean 'message'?")]
    [InlineData("    require: true\n    message: m\n    message: again\n", DiagnosticCodes.DuplicateKey, 11, 5, "first given at line 10, column 5")]
    [InlineData("    require: true\n    message: [a, b]\n", DiagnosticCodes.WrongType, 10, 14, "'message' must be text")]
    [InlineData("    message: m\n", DiagnosticCodes.MissingKey, 5, 5, "needs 'require'")]
    [InlineData("    require: priority.nme == 'x'\n    message: m\n", DiagnosticCodes.UnknownName, 9, 23, "Did you mean 'name'?")]
    [InlineData("    require: count(p in partnerships) >= min-activ\n    message: m\n", DiagnosticCodes.UnknownName, 9, 42, "Did you mean 'min-active'?")]
    [InlineData("    require: priority.name > 3\n    message: m\n", DiagnosticCodes.TypeMismatch, 9, 28, "'>' orders numbers")]
    [InlineData("    require: exists(p in partnerships where p.status == actve)\n    message: m\n", DiagnosticCodes.UnknownName, 9, 57, "Did you mean 'active'?")]
    [InlineData("    require: count(p in partnerships where ) >= 1\n    message: m\n", DiagnosticCodes.ExpressionSyntax, 9, 44, "Expected a value")]
    [InlineData("    require: strategy.GetType() == 'x'\n    message: m\n", DiagnosticCodes.ExpressionSyntax, 9, 23, "cannot call methods")]
    [InlineData("    require: File(strategy.title) == 'x'\n    message: m\n", DiagnosticCodes.UnknownName, 9, 14, "Unknown function 'File'")]
    [InlineData("    require: true\n    message: 'Priority {priority.nam} lacks partners'\n", DiagnosticCodes.UnknownName, 10, 34, "Did you mean 'name'?")]
    [InlineData("    require: today-years(3) < today\n    message: m\n", DiagnosticCodes.UnknownName, 9, 14, "put spaces around the minus sign")]
    [InlineData("    require: >\n      count(p in partnerships\n        where p.instrument == interreg)\n      >= 1\n    message: m\n", DiagnosticCodes.UnknownName, 11, 31, "is not a cooperation instrument")]
    [InlineData("    require: priority.name\n    message: m\n", DiagnosticCodes.TypeMismatch, 9, 14, "must be true or false")]
    public void Build_BadRule_ReportsCodeAndExactPosition(string ruleTail, string code, int line, int column, string messagePart)
    {
        var result = new RuleSetBuilder().AddYaml(Header + ruleTail, "rules.yaml").TryBuild();

        Assert.False(result.Success);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(new SourceLocation("rules.yaml", line, column), diagnostic.Location);
        Assert.Contains(messagePart, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UnknownSeverity_PointsAtValue()
    {
        var result = new RuleSetBuilder().AddYaml(Header.Replace("severity: blocking", "severity: critical", StringComparison.Ordinal) + "    require: true\n    message: m\n", "rules.yaml").TryBuild();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidValue, diagnostic.Code);
        Assert.Equal(new SourceLocation("rules.yaml", 7, 15), diagnostic.Location);
        Assert.Contains("info, advisory, blocking", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UnknownForEachKind_PointsAtValue()
    {
        var result = new RuleSetBuilder().AddYaml(Header.Replace("for-each: priority", "for-each: priorities", StringComparison.Ordinal) + "    require: true\n    message: m\n", "rules.yaml").TryBuild();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownName, diagnostic.Code);
        Assert.Equal(new SourceLocation("rules.yaml", 8, 15), diagnostic.Location);
        Assert.Contains("Did you mean 'priority'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DuplicateRuleIdAcrossFiles_PointsAtSecondAndNamesFirst()
    {
        var rule = Header + "    require: true\n    message: m\n";
        var result = new RuleSetBuilder().AddYaml(rule, "a.yaml").AddYaml(rule.Replace("criterion: { id: C, title: Test }\nparameters:\n  min-active: 1", "criterion: { id: C, title: Test }\n\n", StringComparison.Ordinal), "b.yaml").TryBuild();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.DuplicateRuleId, diagnostic.Code);
        Assert.Equal(new SourceLocation("b.yaml", 5, 9), diagnostic.Location);
        Assert.Contains("a.yaml(5,9)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UnknownCriterion_PointsAtCriterionValue()
    {
        var result = new RuleSetBuilder().AddYaml(Header.Replace("    for-each: priority", "    criterion: C8", StringComparison.Ordinal) + "    require: true\n    message: m\n", "rules.yaml").TryBuild();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownCriterion, diagnostic.Code);
        Assert.Equal(new SourceLocation("rules.yaml", 8, 16), diagnostic.Location);
    }

    [Fact]
    public void Build_MalformedYaml_ReportsSyntaxPosition()
    {
        var result = new RuleSetBuilder().AddYaml("rules:\n  - id: R\n   title: x\n", "rules.yaml").TryBuild();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.Syntax, diagnostic.Code);
        Assert.Equal("rules.yaml", diagnostic.Location!.FilePath);
        Assert.Equal(3, diagnostic.Location.Line);
    }

    [Fact]
    public void Build_EmptyFile_SaysSo()
    {
        var diagnostic = Assert.Single(new RuleSetBuilder().AddYaml("", "rules.yaml").TryBuild().Diagnostics);

        Assert.Equal(DiagnosticCodes.EmptyOrMultipleDocuments, diagnostic.Code);
        Assert.Equal(new SourceLocation("rules.yaml", 1, 1), diagnostic.Location);
    }

    [Fact]
    public void Build_Alias_IsRejectedWithPosition()
    {
        var result = new RuleSetBuilder().AddYaml(Header + "    require: &c true\n    message: *c\n", "rules.yaml").TryBuild();

        var diagnostic = result.Diagnostics.First(d => d.Code == DiagnosticCodes.AliasNotSupported);
        Assert.Equal(new SourceLocation("rules.yaml", 10, 14), diagnostic.Location);
    }

    [Fact]
    public void Build_UnknownParameterOverride_FailsAndListsParameters()
    {
        var result = new RuleSetBuilder().AddYaml(Header + "    require: true\n    message: m\n").SetParameter("min-actve", "2").TryBuild();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidParameter, diagnostic.Code);
        Assert.Contains("Did you mean 'min-active'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ParameterOverrideOfWrongType_Fails()
    {
        var result = new RuleSetBuilder().AddYaml(Header + "    require: true\n    message: m\n").SetParameter("min-active", "many").TryBuild();

        Assert.Contains("expected a number", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DisableUnknownRule_Fails()
    {
        var result = new RuleSetBuilder().AddYaml(Header + "    require: true\n    message: m\n").DisableRule("Q", "not needed").TryBuild();

        Assert.Equal(DiagnosticCodes.UnknownRule, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Build_SeveralProblemsInSeveralFiles_ReportsAllTogether()
    {
        var bad = Header + "    require: priority.nme == 1 and strategy.x\n    message: '{nope}'\n    colour: red\n";

        var exception = Assert.Throws<RuleSetException>(() => new RuleSetBuilder().AddYaml(bad, "a.yaml").AddYaml("rules: 3", "b.yaml").Build());

        Assert.Equal(5, exception.Diagnostics.Count);
        Assert.Contains("a.yaml(11,5): error S3Y0004", exception.Message, StringComparison.Ordinal);
        Assert.Contains("b.yaml(1,8): error S3Y0005", exception.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<S3CriteriaException>(exception);
    }
}
