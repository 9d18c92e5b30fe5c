using S3Criteria.Diagnostics;
using S3Criteria.Rules.Language;

namespace S3Criteria.Tests.Rules.Language;

/// <summary>Every syntax error of the lexer and the parser: the column it points at and its exact text.</summary>
public sealed class ParserTests
{
    [Theory]
    [InlineData("'abc", 1, "The text starting here has no closing '.")]
    [InlineData("a = 1", 3, "Use '==' to compare values.")]
    [InlineData("a # 1", 3, "Unexpected character '#'.")]
    [InlineData("1 2", 3, "Expected an operator or the end of the expression, found '2'.")]
    [InlineData("partnership.end is 3", 20, "Expected 'missing' or 'present' after 'is', found '3'. Use '==' to compare values.")]
    [InlineData("partnership.'x'", 13, "Expected a field name after '.', found the text 'x'.")]
    [InlineData("strategy.GetType()", 10, "'GetType' cannot be called: rules read fields of the strategy model, they cannot call methods.")]
    [InlineData("", 1, "Expected a value, a name or '(', found the end of the expression.")]
    [InlineData("count(1 for 2 in partnerships)", 13, "Expected a name for each item, as in 'count(p in partnerships where …)', found '2'.")]
    [InlineData("sum(p in partnerships) > 1", 1, "sum needs a value for each item, as in 'sum(p.funding for p in partnerships)'.")]
    [InlineData("list(p in partnerships) == 'x'", 1, "list needs a value for each item, as in 'list(p.instrument for p in partnerships)'.")]
    [InlineData("count(p.funding for p in partnerships) > 1", 1, "'count' takes no value before 'for'; write 'count(p in … where …)'.")]
    [InlineData("(1 == 1", 8, "Expected ')', found the end of the expression.")]
    [InlineData("count(p in partnerships where true", 35, "Expected ')', found the end of the expression.")]
    public void Parse_BadSyntax_ReportsPositionAndText(string expression, int column, string message) =>
        AssertError(expression, column, message);

    [Fact]
    public void Parse_TooLong_ReportsLimit() =>
        AssertError(new string('1', Parser.MaxLength + 1), 1, "The expression has 10001 characters; the limit is 10000.");

    [Theory]
    [InlineData("(", 65, "The expression nests more than 64 levels deep.")]
    [InlineData("not ", 253, "The expression nests more than 64 levels deep.")]
    [InlineData("-", 64, "The expression nests more than 64 levels deep.")]
    public void Parse_TooDeep_ReportsLimit(string opening, int column, string message) =>
        AssertError(string.Concat(Enumerable.Repeat(opening, Parser.MaxDepth + 1)) + "1", column, message);

    [Fact]
    public void Parse_TooManyListValues_ReportsLimit() =>
        AssertError("1 in [" + string.Join(", ", Enumerable.Repeat("1", Parser.MaxOperators + 1)) + "]", 1507, "The list holds more than 500 values.");

    [Fact]
    public void Parse_TooManyOperators_ReportsLimit() =>
        AssertError(string.Join(" + ", Enumerable.Repeat("1", Parser.MaxOperators + 2)), 2003, "The expression chains more than 500 operators; split the rule.");

    private static void AssertError(string expression, int column, string message)
    {
        var diagnostic = Assert.Single(Parse(expression, out var parsed));
        Assert.Null(parsed);
        Assert.Equal(DiagnosticCodes.ExpressionSyntax, diagnostic.Code);
        Assert.Equal(message, diagnostic.Message);
        Assert.Equal(column, diagnostic.Location!.Column);
    }

    private static List<Diagnostic> Parse(string text, out Expr? parsed)
    {
        var diagnostics = new List<Diagnostic>();
        parsed = Parser.Parse(ExpressionSource.FromText(text), diagnostics);

        return diagnostics;
    }
}
