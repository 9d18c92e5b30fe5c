using System.Globalization;
using System.Text;
using S3Criteria.Diagnostics;

namespace S3Criteria.Tests.Diagnostics;

public sealed class MessageTests
{
    private static readonly Message Sample = new(DiagnosticCodes.InvalidValue, "test.sample", "Value {value}.");

    [Fact]
    public void At_LocationPathAndArguments_MakesTheDiagnostic()
    {
        var location = new SourceLocation("s.yaml", 3, 7);

        var diagnostic = Sample.At(location, "priorities[0].budget", ("value", 12));

        Assert.Equal((DiagnosticCodes.InvalidValue, "Value 12.", location, "priorities[0].budget"), (diagnostic.Code, diagnostic.Message, diagnostic.Location, diagnostic.Path));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void At_NoPath_LeavesThePathOut(string? path)
    {
        Assert.Null(Sample.At(null, path, ("value", "x")).Path);
        Assert.Null(Sample.At(null, ("value", "x")).Path);
    }

    [Fact]
    public void Format_ValuesOfEachKind_RendersThemInvariantly()
    {
        var message = new Message(DiagnosticCodes.InvalidValue, "test.kinds", "{null}|{text}|{number}|{date}|{numbers}|{other}|{list}");
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var text = message.Format(("null", null), ("text", "t"), ("number", 1234.5m), ("date", new DateOnly(2026, 1, 2)), ("numbers", new[] { 1.5m, 2m }), ("other", new StringBuilder("sb")), ("list", new List<string> { "a", "b" }));

            Assert.Equal("|t|1234.5|01/02/2026|1.5, 2|sb|a, b", text);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Format_ArgumentsInAnyOrder_FillsEachPlaceholderByName()
    {
        var message = new Message(DiagnosticCodes.Syntax, "test.order", "{b} then {a}, {b} again");

        Assert.Equal("2 then 1, 2 again", message.Format(("a", 1), ("b", 2)));
    }

    [Fact]
    public void Format_NoPlaceholders_KeepsTheTemplate() =>
        Assert.Equal("Nothing to fill.", new Message(DiagnosticCodes.Syntax, "test.none", "Nothing to fill.").Format(("unused", 1)));

    [Fact]
    public void Format_ValueAtTheLengthLimit_IsNotCut()
    {
        var value = new string('x', Message.MaxArgumentLength);

        Assert.Equal($"Value {value}.", Sample.Format(("value", value)));
        Assert.Equal($"Value {value}\u2026.", Sample.Format(("value", value + "y")));
    }

    [Fact]
    public void Format_LongValueOfAnotherType_IsCutToo()
    {
        var value = new StringBuilder(new string('x', Message.MaxArgumentLength + 1));

        Assert.Equal($"Value {new string('x', Message.MaxArgumentLength)}\u2026.", Sample.Format(("value", value)));
    }

    [Fact]
    public void Format_ListAtTheCap_ShowsEveryItem()
    {
        var items = Enumerable.Range(0, Message.MaxListItems).Select(i => $"p{i}").ToList();

        Assert.Equal($"Value {string.Join(", ", items)}.", Sample.Format(("value", items)));
        Assert.Equal($"Value {string.Join(", ", items)}, \u2026 and 1 more.", Sample.Format(("value", items.Append("extra"))));
    }

    [Fact]
    public void Format_ListWithALongItem_CutsTheItem()
    {
        var item = new string('x', Message.MaxArgumentLength + 1);

        Assert.Equal($"Value a, {item[..Message.MaxArgumentLength]}\u2026.", Sample.Format(("value", new[] { "a", item })));
    }

    [Fact]
    public void Format_MissingArgument_NamesTheMessageAndPlaceholder()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => Sample.Format(("other", 1)));

        Assert.Equal("Message test.sample has the placeholder {value} but no argument of that name.", exception.Message);
    }

    [Fact]
    public void ToString_Message_ShowsIdCodeAndTemplate() =>
        Assert.Equal("test.sample (S3Y0007): Value {value}.", Sample.ToString());
}
