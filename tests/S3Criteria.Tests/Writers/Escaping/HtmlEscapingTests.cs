using System.Net;
using S3Criteria.Writers.Escaping;

namespace S3Criteria.Tests.Writers.Escaping;

public sealed class HtmlEscapingTests
{
    [Fact]
    public void Text_Markup_IsEncoded() =>
        Assert.Equal("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;a&quot; &amp;", HtmlEscaping.Text("<script>alert('x')</script> \"a\" &"));

    [Fact]
    public void Text_ControlsAndLoneSurrogates_AreRemovedOrReplaced() =>
        Assert.Equal("ab\nc\uFFFD", HtmlEscaping.Text("a\u0000\u001b\u0085b\nc\udc00"));

    [Fact]
    public void Text_PlainText_IsWhatWebUtilityWrites()
    {
        const string text = "Fundación «Kainuu» 2021–2027 😀";

        Assert.Equal(WebUtility.HtmlEncode(text), HtmlEscaping.Text(text));
    }
}
