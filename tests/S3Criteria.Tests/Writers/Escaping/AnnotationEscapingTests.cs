using S3Criteria.Writers.Escaping;

namespace S3Criteria.Tests.Writers.Escaping;

public sealed class AnnotationEscapingTests
{
    [Fact]
    public void Data_NewlineBeforeACommand_CannotStartIt()
    {
        var escaped = AnnotationEscaping.Data("done\n::add-mask::secret\r\n::stop-commands::x 100%");

        Assert.Equal("done%0A::add-mask::secret%0D%0A::stop-commands::x 100%25", escaped);
        Assert.DoesNotContain('\n', escaped);
        Assert.DoesNotContain('\r', escaped);
    }

    [Fact]
    public void Property_ColonsAndCommas_CannotEndTheValue() =>
        Assert.Equal("C1-01%3A late%2C title=x%0A%3A%3Aerror%3A%3Ay", AnnotationEscaping.Property("C1-01: late, title=x\n::error::y"));

    [Fact]
    public void Data_Controls_AreRemoved() =>
        Assert.Equal("red[31m text", AnnotationEscaping.Data("red\u001b[31m\u0007 text"));
}
