using System.Xml;
using S3Criteria.Writers.Escaping;

namespace S3Criteria.Tests.Writers.Escaping;

public sealed class XmlEscapingTests
{
    [Fact]
    public void Legal_CharactersIllegalInXml10_AreRemovedOrReplaced()
    {
        Assert.Equal("ab\tc\n\r\uFFFD\uFFFD\uFFFDd😀", XmlEscaping.Legal("a\u0000\u0001\u001b\u007f\u0085b\tc\n\r\ud800\uFFFE\uFFFFd😀"));
        Assert.Same("Fundación", XmlEscaping.Legal("Fundación"));
    }

    [Fact]
    public void Text_Markup_IsEscaped() =>
        Assert.Equal("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;", XmlEscaping.Text("<a href=\"x\">&'</a>\u0000"));

    [Fact]
    public void Text_EveryCodeUnit_GivesAWellFormedDocument()
    {
        var all = new string([.. Enumerable.Range(0, 0x10000).Select(i => (char)i)]) + "\uD83D\uDE00";
        var xml = $"<r a=\"{XmlEscaping.Text(all)}\">{XmlEscaping.Text(all)}</r>";

        var document = new XmlDocument();
        using (var reader = XmlReader.Create(new StringReader(xml)))
        {
            document.Load(reader); // a conforming reader: line ends and attribute whitespace normalised
        }

        Assert.Equal(XmlEscaping.Legal(all), document.DocumentElement!.InnerText);
        Assert.Equal(XmlEscaping.Legal(all), document.DocumentElement.GetAttribute("a"));
        using var writer = XmlWriter.Create(new StringWriter(), new XmlWriterSettings { CheckCharacters = true });
        writer.WriteElementString("r", XmlEscaping.Legal(all));
    }
}
