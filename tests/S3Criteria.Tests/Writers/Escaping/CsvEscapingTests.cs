using S3Criteria.Writers.Escaping;

namespace S3Criteria.Tests.Writers.Escaping;

public sealed class CsvEscapingTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")", "\"'=HYPERLINK(\"\"http://evil.example\"\")\"")]
    [InlineData("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=1", "\"'\t=1\"")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("\uFF1D1+1", "'\uFF1D1+1")]
    public void Cell_FormulaStart_IsPrefixedWithAnApostrophe(string value, string expected) =>
        Assert.Equal(expected, CsvEscaping.Cell(value));

    [Theory]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("say \"yes\"", "\"say \"\"yes\"\"\"")]
    [InlineData("line\nline", "\"line\nline\"")]
    [InlineData("mid = formula", "mid = formula")]
    public void Cell_Separators_AreQuoted(string value, string expected) =>
        Assert.Equal(expected, CsvEscaping.Cell(value));

    [Fact]
    public void Cell_Controls_AreRemoved() =>
        Assert.Equal("ab\uFFFD", CsvEscaping.Cell("a\u0000\u001bb\ud800"));

    [Fact]
    public void Row_JoinsEscapedCells()
    {
        Assert.Equal("a,'=1,\"b,c\"", CsvEscaping.Row(["a", "=1", "b,c"]));
        Assert.Equal("a;\"b;c\"", CsvEscaping.Row(["a", "b;c"], ';'));
        Assert.Throws<ArgumentOutOfRangeException>(() => CsvEscaping.Row(["a"], '|'));
    }
}
