using S3Criteria.Model;
using S3Criteria.Rules.Language;

namespace S3Criteria.Tests.Rules.Language;

/// <summary>The one list of functions: every function is in it once, and the parser and binder read their forms from it.</summary>
public sealed class FunctionCatalogueTests
{
    [Fact]
    public void All_EveryFunction_ListedOnceInMessageOrder()
    {
        Assert.Equal(Enum.GetValues<BuiltinFunction>(), FunctionCatalogue.All.Select(f => f.Function));
        Assert.Equal(
            ["count", "count-distinct", "list", "exists", "none", "share", "sum", "years", "months", "days", "year", "date", "running"],
            FunctionCatalogue.Names);
    }

    [Fact]
    public void Get_EveryFunction_ReturnsItsEntry()
    {
        foreach (var function in Enum.GetValues<BuiltinFunction>())
        {
            Assert.Equal(function, FunctionCatalogue.Get(function).Function);
        }
    }

    [Theory]
    [InlineData("count", true, true, false)]
    [InlineData("exists", false, true, false)]
    [InlineData("none", false, true, false)]
    [InlineData("share", false, true, false)]
    [InlineData("sum", false, true, true)]
    [InlineData("count-distinct", false, true, true)]
    [InlineData("list", false, true, true)]
    [InlineData("years", true, false, false)]
    [InlineData("date", true, false, false)]
    public void TryFind_KnownName_DescribesHowItIsWritten(string name, bool callable, bool aggregate, bool takesValue)
    {
        Assert.True(FunctionCatalogue.TryFind(name, out var function));

        Assert.Equal(name, function.Name);
        Assert.Equal(callable, function.IsCallable);
        Assert.Equal(aggregate, function.IsAggregate);
        Assert.Equal(takesValue, function.TakesValue);
    }

    [Fact]
    public void Get_List_ReturnsListOfText() =>
        Assert.Equal(DataType.List(DataType.Text), FunctionCatalogue.Get(BuiltinFunction.List).Returns);

    [Theory]
    [InlineData("Count")]
    [InlineData("avg")]
    [InlineData("")]
    public void TryFind_UnknownName_ReturnsFalse(string name) =>
        Assert.False(FunctionCatalogue.TryFind(name, out _));
}
