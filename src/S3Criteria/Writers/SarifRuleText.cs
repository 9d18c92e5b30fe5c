using System.Globalization;
using System.Text;
using S3Criteria.Writers.Escaping;

namespace S3Criteria.Writers;

/// <summary>The texts of a SARIF rule descriptor: its PascalCase name and its help as text and Markdown.</summary>
internal static class SarifRuleText
{
    /// <summary>
    /// A PascalCase identifier from a title, as SARIF asks of a rule's friendly name: ASCII letters and digits, each word
    /// capitalised and the rest lower case (<c>EDP</c> becomes <c>Edp</c>), and the article "a" left out so that no two
    /// capitals meet.
    /// </summary>
    public static string PascalName(string title, string id)
    {
        var name = Pascal(title);
        return name.Length > 0 && char.IsAsciiLetter(name[0]) ? name : "Rule" + Pascal(id);
    }

    private static string Pascal(string text)
    {
        var ascii = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                ascii.Append(char.IsAsciiLetterOrDigit(c) ? c : ' ');
            }
        }

        var result = new StringBuilder(text.Length);
        foreach (var word in ascii.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!word.Equals("a", StringComparison.OrdinalIgnoreCase))
            {
                result.Append(char.ToUpperInvariant(word[0])).Append(word[1..].ToLowerInvariant());
            }
        }

        return result.ToString();
    }

    /// <summary>The rule's help as text: the recommendation, then the references.</summary>
    public static string HelpText(string? recommendation, IReadOnlyList<string> references)
    {
        var text = new StringBuilder();
        text.Append(recommendation is null ? "No recommendation is given." : $"Recommendation: {recommendation.Trim()}");
        if (references.Count > 0)
        {
            text.Append("\n\nReferences:");
            foreach (var reference in references)
            {
                text.Append("\n- ").Append(reference);
            }
        }

        return text.ToString();
    }

    /// <summary>The rule's help as Markdown, escaped: the recommendation, then the references, web addresses as links.</summary>
    public static string HelpMarkdown(string? recommendation, IReadOnlyList<string> references)
    {
        var text = new StringBuilder();
        text.Append(recommendation is null ? "No recommendation is given." : $"**Recommendation:** {MarkdownEscaping.Inline(recommendation.Trim())}");
        if (references.Count > 0)
        {
            text.Append("\n\n**References:**\n");
            foreach (var reference in references)
            {
                text.Append("\n- ").Append(MarkdownEscaping.WebAddress(reference));
            }
        }

        return text.ToString();
    }
}
