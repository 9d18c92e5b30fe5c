using S3Criteria.Diagnostics;
using S3Criteria.Waivers;

namespace S3Criteria.Tests.Waivers;

public sealed class WaiverSetReadingTests
{
    [Fact]
    public void Constructor_NullWaivers_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>("waivers", () => new WaiverSet(null!));

    [Fact]
    public void Parse_NullText_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>("yaml", () => WaiverSet.Parse(null!));

    [Fact]
    public void Load_NullPath_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>("path", () => WaiverSet.Load(null!));

    [Fact]
    public void Parse_EveryKey_ReadsEveryField()
    {
        var set = WaiverSet.Parse("waivers:\n  - rule: R\n    subject: a\n    reason: Agreed.\n    expires: 2027-06-30\n    owner: RIS3 office\n  - { rule: S, reason: Later., expires: 2026-01-01 }\n", "w.yaml");

        Assert.Equal(2, set.Waivers.Count);
        var first = set.Waivers[0];
        Assert.Equal(("R", "a", "Agreed.", new DateOnly(2027, 6, 30), "RIS3 office"), (first.RuleId, first.SubjectId, first.Reason, first.Expires, first.Owner));
        Assert.Equal(new SourceLocation("w.yaml", 2, 5), first.Source);
        var second = set.Waivers[1];
        Assert.Equal(("S", null, null), (second.RuleId, second.SubjectId, second.Owner));
    }

    [Fact]
    public void Parse_BadWaivers_ExceptionMessageCountsProblems()
    {
        var exception = Assert.Throws<WaiverFileException>(() => WaiverSet.Parse("waivers:\n  - { rule: R }\n"));

        Assert.Equal(
            string.Join(Environment.NewLine, "The waiver file could not be loaded: 2 problems.", "<text>(2,5): error S3Y0006: A waiver needs 'reason'.", "<text>(2,5): error S3Y0006: A waiver needs 'expires' (a date written YYYY-MM-DD: waivers do not last for ever)."),
            exception.Message);
    }

    [Fact]
    public void Parse_InvalidExpiryDate_ReportsOnlyTheDate()
    {
        var exception = Assert.Throws<WaiverFileException>(() => WaiverSet.Parse("waivers:\n  - { rule: R, reason: x, expires: 2026-02-30 }\n", "w.yaml"));

        Assert.Equal(["w.yaml(2,36): error S3Y0007: '2026-02-30' is not a date written YYYY-MM-DD."], exception.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("- rule: R\n", "w.yaml(1,1)")]
    [InlineData("rules: []\n", "w.yaml(1,1)")]
    [InlineData("waivers: none\n", "w.yaml(1,1)")]
    [InlineData("waivers: []\nowner: me\n", "w.yaml(1,1)")]
    public void Parse_RootNotAWaiverList_ReportsTheExpectedShape(string yaml, string location)
    {
        var exception = Assert.Throws<WaiverFileException>(() => WaiverSet.Parse(yaml, "w.yaml"));

        Assert.Equal(
            [$"{location}: error S3Y0005: A waiver file is a mapping with one key, 'waivers', holding a list of waivers (rule, subject, reason, expires, owner)."],
            exception.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Parse_EmptyText_ReportsOnlyTheEmptyFile()
    {
        var exception = Assert.Throws<WaiverFileException>(() => WaiverSet.Parse(string.Empty, "w.yaml"));

        Assert.Equal(DiagnosticCodes.EmptyOrMultipleDocuments, Assert.Single(exception.Diagnostics).Code);
    }

    [Fact]
    public void Parse_EmptyList_HasNoWaivers() =>
        Assert.Empty(WaiverSet.Parse("waivers: []\n").Waivers);

    [Fact]
    public void Parse_WaiverNotAMapping_ReportsWhatWasFound()
    {
        var exception = Assert.Throws<WaiverFileException>(() => WaiverSet.Parse("waivers:\n  - C7-16\n  - [R]\n", "w.yaml"));

        Assert.Equal(
            ["w.yaml(2,5): error S3Y0005: A waiver must be a mapping with the keys rule, subject, reason, expires, owner; found text.", "w.yaml(3,5): error S3Y0005: A waiver must be a mapping with the keys rule, subject, reason, expires, owner; found a list."],
            exception.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Parse_ValueNotText_ReportsTheKey()
    {
        var exception = Assert.Throws<WaiverFileException>(() => WaiverSet.Parse("waivers:\n  - { rule: [R], subject: ~, reason: x, expires: 2026-01-01 }\n", "w.yaml"));

        Assert.Equal(
            ["w.yaml(2,13): error S3Y0005: 'rule' must be text.", "w.yaml(2,27): error S3Y0005: 'subject' must be text.", "w.yaml(2,5): error S3Y0006: A waiver needs 'rule'."],
            exception.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Load_File_ReadsItsWaiversWithTheFileInLocations()
    {
        var file = Path.Combine(Path.GetTempPath(), $"s3c-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "waivers:\n  - { rule: R, reason: Agreed., expires: 2026-01-01 }\n");
        try
        {
            var waiver = Assert.Single(WaiverSet.Load(file).Waivers);

            Assert.Equal(new SourceLocation(file, 2, 5), waiver.Source);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Load_MissingFile_ReportsItCannotBeReadAtTheFileStart()
    {
        var file = Path.Combine(Path.GetTempPath(), $"s3c-{Guid.NewGuid():N}", "waivers.yaml");

        var diagnostic = Assert.Single(Assert.Throws<WaiverFileException>(() => WaiverSet.Load(file)).Diagnostics);

        Assert.Equal(DiagnosticCodes.FileNotReadable, diagnostic.Code);
        Assert.Equal(new SourceLocation(file, 1, 1), diagnostic.Location);
        Assert.StartsWith("The waiver file cannot be read: Could not find", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Directory_ReportsItCannotBeRead()
    {
        var diagnostic = Assert.Single(Assert.Throws<WaiverFileException>(() => WaiverSet.Load(Path.GetTempPath())).Diagnostics);

        Assert.Equal(DiagnosticCodes.FileNotReadable, diagnostic.Code);
    }

    [Fact]
    public void Load_PathWithNullCharacter_ReportsItCannotBeRead()
    {
        var diagnostic = Assert.Single(Assert.Throws<WaiverFileException>(() => WaiverSet.Load("waivers\0.yaml")).Diagnostics);

        Assert.Equal(DiagnosticCodes.FileNotReadable, diagnostic.Code);
    }
}
