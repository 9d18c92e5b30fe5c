using System.Text;
using S3Criteria.Diagnostics;
using S3Criteria.Engine;
using S3Criteria.Rules;
using S3Criteria.Writers;
using S3Criteria.Writers.Escaping;
using S3Criteria.Localization;

namespace S3Criteria.Cli;

/// <summary>Renders the list of rules; the README's rule table is this Markdown, and a test keeps the two equal.</summary>
internal static class RuleTable
{
    public static string Markdown(RuleSet ruleSet)
    {
        var text = new StringBuilder();
        text.Append("| id | criterion | severity | applies to | what it checks |\n");
        text.Append("|---|---|---|---|---|\n");
        foreach (var rule in Ordered(ruleSet))
        {
            text.Append($"| {MarkdownEscaping.Inline(rule.Id)} | {MarkdownEscaping.Inline(rule.CriterionId)} | {Severity(rule)} | {ReportLabels.Kind(rule.SubjectKind)}{(rule.AppliesWhen is null ? string.Empty : " (when relevant)")} | {MarkdownEscaping.Inline(rule.Title.Get())} |\n");
        }

        return text.ToString();
    }

    public static string Text(RuleSet ruleSet)
    {
        var text = new StringBuilder();
        foreach (var rule in Ordered(ruleSet))
        {
            text.Append($"{TerminalEscaping.Text(rule.Id),-7} {TerminalEscaping.Text(rule.CriterionId),-9} {Severity(rule),-8} {TerminalEscaping.Text(rule.Title.Get())}\n");
        }

        text.Append(EnglishCount.Of(ruleSet.Rules.Count, "rule")).Append(".\n");
        return text.Append(Languages(ruleSet)).ToString();
    }

    /// <summary>Each shipped language (<c>--language</c>): its status, and how many rules have their title in it.</summary>
    public static string Languages(RuleSet ruleSet)
    {
        var text = new StringBuilder("Languages (--language):\n");
        foreach (var language in Localization.Languages.Shipped)
        {
            var translated = ruleSet.Rules.Count(r => r.Title.Translations.ContainsKey(language.Code));
            var status = language.Status == TranslationStatus.Reviewed ? "reviewed" : "machine";
            text.Append($"  {language.Code,-3} {language.Name,-10} {status,-9} rule texts: {translated} of {ruleSet.Rules.Count} rules\n");
        }

        return text.ToString();
    }

    private static IEnumerable<RuleDescriptor> Ordered(RuleSet ruleSet) =>
        ruleSet.Rules.OrderBy(r => r.CriterionId, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal);

    private static string Severity(RuleDescriptor rule) => rule.Severity.ToString().ToLowerInvariant();
}
