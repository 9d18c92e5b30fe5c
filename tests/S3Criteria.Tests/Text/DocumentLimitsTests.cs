using System.Text;
using S3Criteria.Diagnostics;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Tests.Support;
using S3Criteria.Text;

namespace S3Criteria.Tests.Text;

/// <summary>Hostile input is rejected with a located error, quickly and in bounded memory.</summary>
public sealed class DocumentLimitsTests
{
    [Fact]
    public void TryParse_YamlNestedTooDeeply_ReportsLimitAtTheDeepLevel()
    {
        var yaml = "id: " + new string('[', 40) + new string(']', 40) + "\n";

        var diagnostic = Assert.Single(StrategyDocument.TryParse(yaml, filePath: "s.yaml").Diagnostics);

        Assert.Equal(DiagnosticCodes.LimitExceeded, diagnostic.Code);
        Assert.Equal(new SourceLocation("s.yaml", 1, 36), diagnostic.Location);
    }

    [Fact]
    public void TryParse_JsonNestedTooDeeply_ReportsLimit()
    {
        var json = "{\"id\": " + string.Concat(Enumerable.Repeat("{\"a\": ", 100)) + "1" + new string('}', 101);

        var diagnostic = Assert.Single(StrategyDocument.TryParse(json, StrategyDocumentFormat.Json, "s.json").Diagnostics);

        Assert.Equal(DiagnosticCodes.LimitExceeded, diagnostic.Code);
        Assert.Equal(1, diagnostic.Location!.Line);
    }

    [Fact]
    public void TryParse_TooManyItems_ReportsLimit()
    {
        var yaml = RuleHarness.BaseStrategy + "priorities:\n" + string.Concat(Enumerable.Range(0, 11).Select(i => $"  - {{ id: p{i}, name: P }}\n"));

        var diagnostic = Assert.Single(StrategyDocument.TryParse(yaml, filePath: "s.yaml", limits: new DocumentLimits { MaxItems = 10 }).Diagnostics);

        Assert.Equal(DiagnosticCodes.LimitExceeded, diagnostic.Code);
        Assert.Contains("more than 10 items", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_ValueTooLong_ReportsLimit()
    {
        var yaml = RuleHarness.BaseStrategy.Replace("Test strategy", new string('x', 2000), StringComparison.Ordinal);

        var diagnostic = Assert.Single(StrategyDocument.TryParse(yaml, filePath: "s.yaml", limits: new DocumentLimits { MaxValueLength = 1000 }).Diagnostics);

        Assert.Equal(new SourceLocation("s.yaml", 2, 8), diagnostic.Location);
        Assert.Equal(DiagnosticCodes.LimitExceeded, diagnostic.Code);
    }

    [Fact]
    public void TryParse_DocumentTooLong_IsRejectedBeforeParsing()
    {
        var diagnostic = Assert.Single(StrategyDocument.TryParse(new string('#', 5000), limits: new DocumentLimits { MaxDocumentLength = 4096 }).Diagnostics);

        Assert.Equal(DiagnosticCodes.LimitExceeded, diagnostic.Code);
    }

    [Fact]
    public void TryParse_AliasBomb_IsRejectedWithoutExpanding()
    {
        var yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 10; i++)
        {
            yaml.Append($"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(", ", Enumerable.Repeat($"*{(char)('a' + i - 1)}", 10))}]\n");
        }

        var diagnostics = StrategyDocument.TryParse(yaml.ToString(), filePath: "bomb.yaml").Diagnostics;

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.AliasNotSupported && Equals(d.Location, new SourceLocation("bomb.yaml", 2, 8)));
        Assert.True(diagnostics.Count < 200);
    }

    [Theory]
    [InlineData(200, "(", ")", "nests more than 64 levels")]
    [InlineData(2000, "not ", "", "nests more than 64 levels")]
    [InlineData(2000, "- ", "", "nests more than 64 levels")]
    public void Build_ExpressionNestedTooDeeply_IsALocatedErrorNotAStackOverflow(int depth, string open, string close, string message)
    {
        var expression = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth)) + " > 0";
        var rules = RuleHarness.RuleFile($"  - {{ id: R, title: T, severity: info, require: \"{expression}\", message: m }}\n");

        var diagnostic = Assert.Single(new RuleSetBuilder().AddYaml(rules, "r.yaml").TryBuild().Diagnostics);

        Assert.Equal(DiagnosticCodes.ExpressionSyntax, diagnostic.Code);
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ExpressionChainingTooManyOperators_IsALocatedError()
    {
        var expression = string.Join(" or ", Enumerable.Repeat("true", 600));
        var rules = RuleHarness.RuleFile($"  - {{ id: R, title: T, severity: info, require: \"{expression}\", message: m }}\n");

        var diagnostic = Assert.Single(new RuleSetBuilder().AddYaml(rules, "r.yaml").TryBuild().Diagnostics);

        Assert.Contains("more than 500 operators", diagnostic.Message, StringComparison.Ordinal);
    }
}
