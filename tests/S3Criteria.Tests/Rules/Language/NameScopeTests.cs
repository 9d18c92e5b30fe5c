using System.Linq.Expressions;
using S3Criteria.Model;
using S3Criteria.Rules.Language;

namespace S3Criteria.Tests.Rules.Language;

/// <summary>What a name stands for in one rule: items of aggregates first, then the subject, lets, parameters and built-in names.</summary>
public sealed class NameScopeTests
{
    [Fact]
    public void TryResolve_LocalShadowsParameter_ResolvesLocalWithoutUsingParameter()
    {
        var scope = Scope();
        var local = new Typed(DataType.Number, Expression.Constant(1m, typeof(decimal?)));
        scope.PushLocal("min-active", local);

        Assert.True(scope.TryResolve("min-active", out var typed));
        Assert.Same(local, typed);
        Assert.Empty(scope.UsedParameters);

        scope.PopLocal();
        Assert.True(scope.TryResolve("min-active", out typed));
        Assert.Equal(2m, typed.Constant);
        Assert.Equal(["min-active"], scope.UsedParameters);
    }

    [Fact]
    public void TryResolve_Subject_ReadsSubjectWithItsPath()
    {
        var scope = Scope();

        Assert.True(scope.TryResolve("partnership", out var typed));
        Assert.Same(scope.Subject, typed.Expression);
        Assert.Equal("partnership", typed.Path);
    }

    [Theory]
    [InlineData("strategy", "strategy")]
    [InlineData("partnerships", "partnerships")]
    [InlineData("today", null)]
    [InlineData("vehicles", null)]
    public void TryResolve_BuiltInName_Resolves(string name, string? path)
    {
        Assert.True(Scope().TryResolve(name, out var typed));
        Assert.Equal(path, typed.Path);
    }

    [Theory]
    [InlineData("region")]
    [InlineData("title")]
    [InlineData("nope")]
    public void TryResolve_NotAName_ReturnsFalse(string name) =>
        Assert.False(Scope().TryResolve(name, out _));

    [Theory]
    [InlineData("strategy", true, false)]
    [InlineData("actions", true, false)]
    [InlineData("min-active", true, true)]
    [InlineData("partnership", true, true)]
    [InlineData("share", false, false)]
    public void IsNameTaken_Name_TellsBuiltInFromLocal(string name, bool taken, bool takenLocally)
    {
        var scope = Scope();

        Assert.Equal(taken, scope.IsNameTaken(name));
        Assert.Equal(takenLocally, scope.IsNameTakenLocally(name));
    }

    [Fact]
    public void CandidateNames_WithLocalAndLet_InnermostFirst()
    {
        var scope = Scope();
        scope.DefineLet("total", new Typed(DataType.Number, Expression.Constant(0m, typeof(decimal?))));
        scope.PushLocal("p", new Typed(DataType.Number, Expression.Constant(0m, typeof(decimal?))));
        scope.PushLocal("q", new Typed(DataType.Number, Expression.Constant(0m, typeof(decimal?))));

        Assert.Equal(
            ["q", "p", "partnership", "total", "label", "min-active", "strategy", "today", "priorities", "partnerships", "stakeholders", "indicators", "actions", "evidence", "vehicles"],
            scope.CandidateNames());
    }

    private static NameScope Scope()
    {
        Assert.True(ModelSchema.TryGetSubject("partnership", out var subject));
        var parameters = new Dictionary<string, ParameterValue>(StringComparer.Ordinal)
        {
            ["min-active"] = new(DataType.Number, 2m),
            ["label"] = new(DataType.Text, "x"),
        };
        return new NameScope(subject.Model, "partnership", parameters, []);
    }
}
