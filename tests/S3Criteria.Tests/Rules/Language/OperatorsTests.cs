using S3Criteria.Rules.Language;

namespace S3Criteria.Tests.Rules.Language;

/// <summary>The one spelling of each operator, read back by the lexer and the parser.</summary>
public sealed class OperatorsTests
{
    [Fact]
    public void Spelling_EveryBinaryOperator_ReadsBackAsItself()
    {
        foreach (var op in Enum.GetValues<BinaryOperator>())
        {
            var kind = char.IsAsciiLetter(op.Spelling()[0]) ? TokenKind.Identifier : TokenKind.Symbol;
            Assert.Equal(op, Operators.BinaryAt(new Token(kind, op.Spelling(), 0)));
        }
    }

    [Fact]
    public void BinaryAt_Text_IsNoOperator() =>
        Assert.Null(Operators.BinaryAt(new Token(TokenKind.Text, "and", 0)));

    [Fact]
    public void Spelling_Negate_IsTheMinusSign() =>
        Assert.Equal(BinaryOperator.Minus.Spelling(), UnaryOperator.Negate.Spelling());

    [Fact]
    public void Words_WordOperators_AreTheKeywordOperators() =>
        Assert.Equal(["and", "in", "not", "or"], Operators.Words.Order(StringComparer.Ordinal));

    [Fact]
    public void Symbols_TwoCharacterSymbols_ComeBeforeTheirPrefixes()
    {
        var symbols = Operators.Symbols.ToList();

        Assert.Equal(["==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/"], symbols);
    }

    [Theory]
    [InlineData("a<=b", "<=")]
    [InlineData("a<b", "<")]
    [InlineData("a!=b", "!=")]
    public void Tokenize_ComparisonSymbol_ReadsLongestSymbol(string text, string expected) =>
        Assert.Equal(expected, Lexer.Tokenize(text)[1].Text);
}
