using S3Criteria.Diagnostics;
using S3Criteria.Engine;
using S3Criteria.Rules;
using S3Criteria.Rules.Yaml;
using S3Criteria.Text;

namespace S3Criteria.Tests.Rules.Yaml;

public sealed class RuleFileReaderTests
{
    private const string Rule = "criterion: { id: C, title: T }\nrules:\n  - { id: R, title: T, severity: info, require: 'true', message: \"MESSAGE\" }\n";

    [Fact]
    public void Read_CompositionSections_GiveTypedDefinitions()
    {
        var diagnostics = new List<Diagnostic>();

        var file = RuleFileReader.Read(new SourceText("extends: [builtin]\nset: { countries: [DE, FR], minimum: 2 }\noverrides:\n  C7-01: { severity: advisory }\n", "p.yaml"), diagnostics)!;

        Assert.Empty(diagnostics);
        Assert.Equal("builtin", Assert.Single(file.Extends).Target);
        Assert.Equal(["DE", "FR"], file.Settings[0].Value.Items!);
        Assert.Equal("2", file.Settings[1].Value.Text);
        Assert.Equal(Severity.Advisory, Assert.Single(file.Overrides).Severity);
    }

    [Fact]
    public void Build_OverrideWithMisspeltSeverity_SuggestsLikeARuleSeverity()
    {
        var result = new RuleSetBuilder().AddYaml("extends: builtin\noverrides:\n  C7-01: { severity: blockng }\n", "p.yaml").TryBuild();

        Assert.Equal(
            ["p.yaml(3,22): error S3Y0007: Unknown severity 'blockng'. Did you mean 'blocking'? Expected one of: info, advisory, blocking.",
             "p.yaml(3,10): error S3Y0006: The override of rule 'C7-01' needs 'severity' or 'disabled' (with the reason)."],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("a } b", "A '}' without a matching '{'; write '}}' for a brace.")]
    [InlineData("a { b", "A '{' without a closing '}'; write '{{' for a brace.")]
    public void Build_UnbalancedBraceInMessage_SaysHowToWriteABrace(string message, string expected)
    {
        var diagnostic = Assert.Single(new RuleSetBuilder().AddYaml(Rule.Replace("MESSAGE", message, StringComparison.Ordinal), "r.yaml").TryBuild().Diagnostics);

        Assert.Equal(DiagnosticCodes.ExpressionSyntax, diagnostic.Code);
        Assert.Equal(expected, diagnostic.Message);
    }
}
