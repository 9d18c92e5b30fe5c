using System.Text.RegularExpressions;
using S3Criteria.Writers.Escaping;

namespace S3Criteria.Tests.Writers.Escaping;

public sealed partial class MarkdownEscapingTests
{
    [Fact]
    public void Text_NewlineBeforeAHeading_StaysOnOneLine()
    {
        var escaped = MarkdownEscaping.Text("Strategy\n# Injected heading\r\n> quote\n- item");

        Assert.Equal("Strategy \\# Injected heading &gt; quote - item", escaped);
        Assert.DoesNotContain('\n', escaped);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>", "&lt;javascript:alert(1)&gt;")]
    [InlineData("![beacon](https://evil.example/p.png)", "!\\[beacon\\](https://evil.example/p.png)")]
    [InlineData("<img src=https://evil.example/p.png>", "&lt;img src=https://evil.example/p.png&gt;")]
    [InlineData("[x][ref]\n[ref]: data:text/html,hi", "\\[x\\]\\[ref\\] \\[ref\\]: data:text/html,hi")]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    public void Text_LinksImagesAndHtml_AreText(string text, string expected) =>
        Assert.Equal(expected, MarkdownEscaping.Text(text));

    [Theory]
    [InlineData("ask @octocat", "ask @&#8203;octocat")]
    [InlineData("@s3-team/reviewers", "@&#8203;s3-team/reviewers")]
    [InlineData("mail office@region.example", "mail office@&#8203;region.example")]
    [InlineData("an @ sign", "an @ sign")]
    public void Text_Mentions_NotifyNoOne(string text, string expected) =>
        Assert.Equal(expected, MarkdownEscaping.Text(text));

    [Theory]
    [InlineData("*bold* _em_ `code` ~~gone~~ a|b \\", "\\*bold\\* \\_em\\_ \\`code\\` \\~\\~gone\\~\\~ a\\|b \\\\")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("+ not a list", "\\+ not a list")]
    [InlineData("2021. not a list", "2021\\. not a list")]
    [InlineData("    not code", "not code")]
    public void Text_Structure_IsEscaped(string text, string expected) =>
        Assert.Equal(expected, MarkdownEscaping.Text(text));

    [Fact]
    public void Inline_FirstDashOrNumber_IsLeftAsItIs()
    {
        Assert.Equal("0.3.0", MarkdownEscaping.Inline("0.3.0"));
        Assert.Equal("- x \\# y", MarkdownEscaping.Inline("- x\n# y"));
    }

    [Fact]
    public void Text_ControlsAndPlainText_AreCleanedAndKept()
    {
        Assert.Equal("Evil\\[2J title", MarkdownEscaping.Text("Evil\u001b[2J\u0007\u0000 title"));
        const string plain = "RIS3 do Centro 2021-2027: Fundación (EU) 2021/1060, Article 15(2)";
        Assert.Same(plain, MarkdownEscaping.Text(plain));
    }

    [Fact]
    public void TableCell_PipesAndLineBreaks_StayInTheCell()
    {
        Assert.Equal("a \\| b<br>\\# c<br>&lt;br&gt;", MarkdownEscaping.TableCell("a | b\n# c\r\n<br>"));
    }

    [Theory]
    [InlineData("ec-1.1", "`ec-1.1`")]
    [InlineData("a`b", "``a`b``")]
    [InlineData("`x``", "``` `x`` ```")]
    [InlineData("a\nb\u001b", "`a b`")]
    public void Code_Backticks_NeverCloseTheSpan(string text, string expected) =>
        Assert.Equal(expected, MarkdownEscaping.Code(text));

    [Theory]
    [InlineData("https://ec.europa.eu/regional_policy/x", "<https://ec.europa.eu/regional_policy/x>")]
    [InlineData("javascript:alert(1)", "javascript:alert(1)")]
    [InlineData("https://a.example/ <img src=x>", "https://a.example/ &lt;img src=x&gt;")]
    [InlineData("data:text/html,<script>", "data:text/html,&lt;script&gt;")]
    [InlineData("Regulation (EU) 2021/1060, Article 15(2)", "Regulation (EU) 2021/1060, Article 15(2)")]
    public void WebAddress_OnlyHttpAddresses_AreLinks(string reference, string expected) =>
        Assert.Equal(expected, MarkdownEscaping.WebAddress(reference));

    [Fact]
    public void Text_HostileTitle_LeavesNoUnescapedStructure()
    {
        var escaped = MarkdownEscaping.Text("x\n# h\n@octocat [a](javascript:b) ![i](https://e/p.png) <b>|</b>");

        Assert.DoesNotMatch(UnescapedStructure(), escaped);
    }

    /// <summary>A Markdown character that makes structure, not preceded by a backslash, or a mention.</summary>
    [GeneratedRegex(@"(?<!\\)[\[\]|<>`*_~]|(?<![\\&])#|@\w|\n")]
    private static partial Regex UnescapedStructure();
}
