using System.Text.RegularExpressions;
using S3Criteria.Testing;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Schemas;

/// <summary><c>schemas/rule-tests.schema.json</c> accepts every built-in rule-test file and the documented example, and rejects what the runner rejects.</summary>
public sealed partial class RuleTestSchemaTests
{
    public static TheoryData<string> TestFiles =>
        [.. Directory.EnumerateFiles(Repository.File("rules", "tests"), "*.tests.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(TestFiles))]
    public void BuiltInTestFile_ValidatesAgainstRuleTestsSchema(string file)
    {
        var document = SchemaFiles.YamlToJson(File.ReadAllText(Repository.File("rules", "tests", file)));

        Assert.Empty(SchemaFiles.Validate(SchemaFiles.RuleTests, document));
    }

    [Fact]
    public void DocumentedExample_ValidatesAgainstRuleTestsSchema()
    {
        var example = YamlBlock().Match(File.ReadAllText(Repository.File("docs", "rule-tests.md"))).Groups[1].Value;

        Assert.Contains("cases:", example, StringComparison.Ordinal);
        Assert.Empty(SchemaFiles.Validate(SchemaFiles.RuleTests, SchemaFiles.YamlToJson(example)));
    }

    [Theory]
    [InlineData("cases:\n  - { name: n, strategy: { id: s }, expect: { C1-01: passes } }\n", "/cases/0/strategy", "required")]
    [InlineData("cases:\n  - { name: n, expect: { C1-01: passes }, colour: blue }\n", "/cases/0/colour", "false")]
    [InlineData("date: 25 November 2026\ncases: []\n", "/date", null)]
    [InlineData("base: x.yaml\n", "", "required")]
    public void TestFile_TheRunnerRejects_IsRejectedToo(string yaml, string at, string? keyword)
    {
        SchemaFiles.AssertError(SchemaFiles.Validate(SchemaFiles.RuleTests, SchemaFiles.YamlToJson(yaml)), at, keyword);
        Assert.False(new RuleTestRunner(SampleReports.Rules).RunText(yaml, "case.tests.yaml").Passed);
    }

    [GeneratedRegex("```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
