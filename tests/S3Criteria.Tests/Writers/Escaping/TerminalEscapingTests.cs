using S3Criteria.Writers.Escaping;

namespace S3Criteria.Tests.Writers.Escaping;

public sealed class TerminalEscapingTests
{
    [Theory]
    [InlineData("title\u001b[2J\u001b]0;pwned\u0007", "title[2J]0;pwned")] // clear screen, window title, bell
    [InlineData("a\u0000b\u0008c\u007fd", "abcd")] // NUL, backspace, DEL
    [InlineData("ok\rFAIL", "okFAIL")] // a carriage return would overwrite the start of the line
    [InlineData("a\u009b31mb\u0085c", "a31mbc")] // C1: CSI and NEL
    [InlineData("abc\u202Edef\u2066g\u2069", "abcdefg")] // bidirectional override and isolate
    public void Text_Controls_AreRemoved(string text, string expected) =>
        Assert.Equal(expected, TerminalEscaping.Text(text));

    [Fact]
    public void Text_NewlinesTabsAndLetters_AreKept()
    {
        const string text = "Fundación\tΚεντρική Μακεδονία\n  😀 line two";

        Assert.Same(text, TerminalEscaping.Text(text));
    }

    [Fact]
    public void Text_LoneSurrogates_BecomeReplacementCharacters() =>
        Assert.Equal("a\uFFFDb\uFFFD", TerminalEscaping.Text("a\ud800b\udc00"));

    [Fact]
    public void Text_EveryCodeUnit_LeavesNoControlButNewlineAndTab()
    {
        var all = new string([.. Enumerable.Range(0, 0x10000).Select(i => (char)i)]);

        var escaped = TerminalEscaping.Text(all);

        Assert.DoesNotContain(escaped, c => (char.IsControl(c) && c is not ('\n' or '\t')) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');
        _ = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(escaped); // no lone surrogate left
        Assert.Contains('\n', escaped);
        Assert.Contains('\t', escaped);
    }
}
