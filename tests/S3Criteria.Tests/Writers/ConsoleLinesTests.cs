using S3Criteria.Writers;

namespace S3Criteria.Tests.Writers;

public sealed class ConsoleLinesTests
{
    [Fact]
    public void Wrap_LongLine_BreaksAtSpacesAndIndentsContinuations()
    {
        var lines = ConsoleLines.Wrap("  x rule: one two three four five six", 16, 6).ToList();

        Assert.Equal(["  x rule: one", "      two three", "      four five", "      six"], lines);
    }

    [Fact]
    public void Wrap_WordLongerThanTheWidth_StandsAloneUnbroken()
    {
        var url = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32021R1060";

        var lines = ConsoleLines.Wrap($"See: {url} end", 20, 4).ToList();

        Assert.Equal(["See:", $"    {url}", "    end"], lines);
    }

    [Fact]
    public void Wrap_ColourSequences_TakeNoWidth()
    {
        var text = "\u001b[31mx\u001b[0m abc def";

        Assert.Equal([text], ConsoleLines.Wrap(text, 9, 2));
        Assert.Equal(9, ConsoleLines.VisibleLength(text));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Wrap_NoWidth_LeavesTheLine(int width) =>
        Assert.Equal(["a b c d e f g h i j k l m n o p"], ConsoleLines.Wrap("a b c d e f g h i j k l m n o p", width, 2));
}
