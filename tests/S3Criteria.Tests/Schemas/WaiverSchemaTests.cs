using System.Text.RegularExpressions;
using S3Criteria.Tests.Support;
using S3Criteria.Waivers;

namespace S3Criteria.Tests.Schemas;

/// <summary><c>schemas/waivers.schema.json</c> accepts the repository's waiver examples and rejects what <see cref="WaiverSet"/> rejects.</summary>
public sealed partial class WaiverSchemaTests
{
    public static TheoryData<string> Examples()
    {
        // The waiver files the README shows, and the one in WaiverSet's documentation.
        var examples = new TheoryData<string>();
        foreach (Match block in YamlBlock().Matches(File.ReadAllText(Repository.File("README.md"))))
        {
            if (block.Groups[1].Value.StartsWith("waivers:", StringComparison.Ordinal))
            {
                examples.Add(block.Groups[1].Value);
            }
        }

        var source = File.ReadAllText(Repository.File("src", "S3Criteria", "Waivers", "WaiverSet.cs"));
        var code = DocCode().Match(source).Groups[1].Value;
        examples.Add(string.Join('\n', code.Split('\n').Select(Uncomment)));
        return examples;
    }

    private static string Uncomment(string line)
    {
        var text = line.TrimStart();
        text = text.StartsWith("///", StringComparison.Ordinal) ? text[3..] : text;
        return text.StartsWith(' ') ? text[1..] : text;
    }

    [Fact]
    public void Examples_AreFound() => Assert.True(Examples().Count >= 2);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_ValidatesAndLoads(string yaml)
    {
        Assert.NotEmpty(WaiverSet.Parse(yaml).Waivers);
        Assert.Empty(SchemaFiles.Validate(SchemaFiles.Waivers, SchemaFiles.YamlToJson(yaml)));
    }

    [Theory]
    [InlineData("waivers:\n  - { rule: C7-16, reason: R }\n", "/waivers/0", "required")]
    [InlineData("waivers:\n  - { rule: C7-16, reason: R, expires: 30 June 2027 }\n", "/waivers/0/expires", null)]
    [InlineData("waivers:\n  - { rule: C7-16, reason: R, expires: 2027-06-30, until: 2028-01-01 }\n", "/waivers/0/until", "false")]
    [InlineData("waivers:\n  - C7-16\n", "/waivers/0", "type")]
    [InlineData("waivers:\n  - { rule: C7-16, reason: R, expires: 2027-06-30 }\nextra: 1\n", "/extra", "false")]
    [InlineData("waivers:\n  - { rule: C7-16, reason: ~, expires: 2027-06-30 }\n", "/waivers/0/reason", "type")]
    public void Waiver_TheLoaderRejects_IsRejectedToo(string yaml, string at, string? keyword)
    {
        Assert.Throws<WaiverFileException>(() => WaiverSet.Parse(yaml));
        SchemaFiles.AssertError(SchemaFiles.Validate(SchemaFiles.Waivers, SchemaFiles.YamlToJson(yaml)), at, keyword);
    }

    [GeneratedRegex("```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();

    [GeneratedRegex("<code>\r?\n(.*?)/// </code>", RegexOptions.Singleline)]
    private static partial Regex DocCode();
}
