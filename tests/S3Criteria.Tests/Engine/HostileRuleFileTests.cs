using S3Criteria.Diagnostics;
using S3Criteria.Engine;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Engine;

/// <summary>Rule files that used to throw out of the builder get located errors.</summary>
public sealed class HostileRuleFileTests
{
    [Theory]
    [InlineData("count(priorities) > 99999999999999999999999999999999", 21)]
    [InlineData("count(priorities) > 79228162514264337593543950336", 21)]
    [InlineData("999999999999999999999999999999.5 > 1", 1)]
    public void TryBuild_NumberLiteralAboveTheDecimalRange_IsALocatedErrorNotAnOverflow(string require, int column)
    {
        var rules = RuleHarness.RuleFile($"  - {{ id: R, title: T, severity: info, require: \"{require}\", message: m }}\n");

        var diagnostic = Assert.Single(new RuleSetBuilder().AddYaml(rules, "r.yaml").TryBuild().Diagnostics);

        Assert.Equal(DiagnosticCodes.ExpressionSyntax, diagnostic.Code);
        Assert.Contains("is too large", diagnostic.Message, StringComparison.Ordinal);
        var location = Assert.IsType<SourceLocation>(diagnostic.Location);
        Assert.Equal(("r.yaml", 4), (location.FilePath, location.Line));

        // The column is the literal's: the expression starts after 'require: "'.
        Assert.Equal("  - { id: R, title: T, severity: info, require: \"".Length + column, location.Column);
    }

    [Fact]
    public void TryBuild_LargestDecimal_IsANumber()
    {
        var rules = RuleHarness.RuleFile("  - { id: R, title: T, severity: info, require: \"count(priorities) < 79228162514264337593543950335\", message: m }\n");

        Assert.True(new RuleSetBuilder().AddYaml(rules, "r.yaml").TryBuild().Success);
    }

    [Fact]
    public void TryBuild_LetWithOverflowingLiteral_IsALocatedError()
    {
        var rules = RuleHarness.RuleFile("""
              - id: R
                title: T
                severity: info
                let:
                  big: 1000000000000000000000000000000000 * 2
                require: big > 0
                message: m
            """);

        var diagnostics = new RuleSetBuilder().AddYaml(rules, "r.yaml").TryBuild().Diagnostics;

        Assert.Contains(diagnostics, d => d.Message.Contains("is too large", StringComparison.Ordinal) && d.Location is { Line: 8 });
    }
}
