using S3Criteria.Diagnostics;

namespace S3Criteria.Tests.Diagnostics;

/// <summary>Plural placeholders (<c>{count, plural, one {# report} other {# reports}}</c>) as <see cref="Message.Fill"/> fills them.</summary>
public sealed class PluralFormTests
{
    private const string Reports = "Wrote {count, plural, one {# report} other {# reports}} to {path}.";

    [Theory]
    [InlineData("0", "Wrote 0 reports to out.")]
    [InlineData("1", "Wrote 1 report to out.")]
    [InlineData("2", "Wrote 2 reports to out.")]
    public void Fill_EnglishCount_TakesTheBranchOfItsCategory(string count, string expected) =>
        Assert.Equal(expected, Message.Fill(Reports, Arguments(("count", count), ("path", "out"))));

    [Theory]
    [InlineData("1", "1 izvještaj")]
    [InlineData("3", "3 izvještaja")]
    [InlineData("5", "5 izvještaja.")]
    [InlineData("21", "21 izvještaj")]
    public void Fill_CroatianCount_TakesTheFewBranchFor2To4(string count, string expected)
    {
        const string Template = "{count, plural, one {# izvještaj} few {# izvještaja} other {# izvještaja.}}";

        Assert.Equal(expected, Message.Fill(Template, Arguments(("count", count)), "hr"));
    }

    [Fact]
    public void Fill_ExactBranch_WinsOverTheCategory() =>
        Assert.Equal("No report.", Message.Fill("{n, plural, =0 {No report} one {# report} other {# reports}}.", Arguments(("n", "0"))));

    [Fact]
    public void Fill_PlaceholdersInABranch_AreFilledOnce()
    {
        var text = Message.Fill("{count, plural, one {# partnership outside {country} is} other {# partnerships outside {country} are}} running.", Arguments(("count", "2"), ("country", "{count}")));

        Assert.Equal("2 partnerships outside {count} are running.", text);
    }

    [Fact]
    public void Fill_NestedPlural_HashIsTheCountOfTheInnermostPlural()
    {
        const string Template = "{files, plural, one {# file with {rules, plural, one {# rule} other {# rules}}} other {# files with {rules, plural, one {# rule} other {# rules}}}}";

        Assert.Equal("2 files with 1 rule", Message.Fill(Template, Arguments(("files", "2"), ("rules", "1"))));
    }

    [Theory]
    [InlineData("{count,plural,one {# report} other {# reports}}")]
    [InlineData("{count , plural ,\n one {# report}\n other {# reports}}")]
    public void Fill_SpacingOfIcu_IsRead(string template) =>
        Assert.Equal("3 reports", Message.Fill(template, Arguments(("count", "3"))));

    [Fact]
    public void Fill_ValueNotAWholeNumber_TakesTheOtherBranchWithTheValue() =>
        Assert.Equal("Wrote some reports to out.", Message.Fill(Reports, Arguments(("count", "some"), ("path", "out"))));

    [Fact]
    public void Fill_MissingCount_LeavesThePlaceholderOfTheOtherBranch() =>
        Assert.Equal("Wrote {count} reports to out.", Message.Fill(Reports, Arguments(("path", "out"))));

    [Fact]
    public void Format_MessageWithAPluralAndNoCount_ThrowsNamingThePlaceholder()
    {
        var message = new Message(DiagnosticCodes.Syntax, "test.plural", Reports);

        var exception = Assert.Throws<InvalidOperationException>(() => message.Format(("path", "out")));

        Assert.Contains("{count}", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{count, plural, one {# report}}")] // no other branch
    [InlineData("{count, plural, one {# report} other {# reports}")] // not closed
    [InlineData("{count, plural, one # report other {# reports}}")] // a branch without braces
    [InlineData("{count, plurals, one {# report} other {# reports}}")]
    public void TryRead_Malformed_IsNotAPluralPlaceholder(string template) =>
        Assert.False(PluralForm.TryRead(template, 0, out _, out _));

    [Fact]
    public void TryRead_WellFormed_GivesTheNameTheSelectorsAndTheEnd()
    {
        const string Template = "x {n, plural, =0 {none} one {# a} few {# b} other {# c}} y";

        Assert.True(PluralForm.TryRead(Template, 2, out var end, out var form));
        Assert.Equal("n", form.Name);
        Assert.Equal(["=0", "one", "few", "other"], form.Selectors);
        Assert.Equal(" y", Template[end..]);
    }

    private static Dictionary<string, string> Arguments(params (string Name, string Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
