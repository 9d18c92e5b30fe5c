using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Evaluation;
using S3Criteria.Waivers;
using S3Criteria.Writers;
using static S3Criteria.Tests.Support.RuleHarness;

namespace S3Criteria.Tests.Writers;

/// <summary>
/// Every built-in format, on a strategy whose texts attack their reader: terminal escapes, a newline that starts a
/// Markdown heading, a javascript: link, an image beacon, a mention, a script tag and a spreadsheet formula, in the
/// title (which starts the self-assessment's document cell), in priority names (which rule messages quote) and in a
/// waiver's reason. Regression tests for issue 13, "output that harms its reader".
/// </summary>
public sealed partial class HostileTextTests
{
    // YAML escapes: \e ESC, \a BEL, \0 NUL, \b backspace, \x9b CSI (C1), \r carriage return.
    private const string Title = """
        "=HYPERLINK(\"http://evil.example\") Evil\e[2J\a\0\b\x9b\r title\n# Injected heading\n@octocat [x](javascript:alert(1)) ![b](https://evil.example/p.png) <script>alert(1)</script> | cell"
        """;

    private const string PriorityName = """
        "+SUM(1)\e]0;pwned\a <img src=x onerror=alert(1)> @octocat"
        """;

    // A priority id: ids are free text, and writers print them as the subject of findings.
    private const string PriorityId = """
        "tour\e[31m](javascript:alert(2))|@mallory"
        """;

    private static readonly RuleSet BuiltIn = new RuleSetBuilder().AddBuiltInRules().Build();

    private static readonly StrategyDocument Document = StrategyDocument.Parse(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "strategies", "weak-draft.yaml"))
            .Replace("title: Smart specialisation strategy of Borealia 2021-2027 - first draft (fictional weak sample)", "title: " + Title, StringComparison.Ordinal)
            .Replace("title: Smart specialisation strategy of Borealia 2021-2027, first draft for consultation (fictional)", "title: " + Title, StringComparison.Ordinal)
            .Replace("name: Agri-food", "name: " + PriorityName, StringComparison.Ordinal)
            .Replace("- id: tourism", "- id: " + PriorityId, StringComparison.Ordinal)
            .Replace(", tourism]", ", " + PriorityId + "]", StringComparison.Ordinal),
        filePath: Path.Combine(Path.GetTempPath(), "hostile.yaml"));

    private static readonly WaiverSet Waivers = WaiverSet.Parse("""
        waivers:
          - rule: C1-01
            reason: "Accepted\e[2J\a\n# Waived heading @octocat [x](javascript:alert(1)) <script>"
            expires: 2027-03-31
        """);

    private static readonly ReportWriterContext Context = new(
        new ComplianceEvaluator(BuiltIn, new ComplianceEvaluatorOptions { EvaluationDate = Today, Waivers = Waivers }).Evaluate(Document),
        Document,
        BuiltIn);

    public static TheoryData<string> Formats() => [.. ReportWriterRegistry.Default.Formats];

    [Fact]
    public void Document_HostileTexts_ReachTheReport()
    {
        var report = Context.Reports[0].Report;

        Assert.Contains('\u001b', report.StrategyTitle);
        Assert.Contains(report.Findings, f => f.Message.Contains("\u001b]0;pwned", StringComparison.Ordinal));
        Assert.Contains(report.Findings, f => f.IsWaived && f.Waiver!.Reason.Contains('\u0007'));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_HostileTexts_WritesNoControlCharacter(string format)
    {
        var text = Write(format);

        Assert.DoesNotContain(text, c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
    }

    [Fact]
    public void Console_HostileTexts_KeepTheTextWithoutEscapes()
    {
        var text = Write("console");

        Assert.Contains("Evil[2J title\n# Injected heading", text, StringComparison.Ordinal);
        Assert.Contains("+SUM(1)]0;pwned", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
    }

    [Theory]
    [InlineData("markdown")]
    [InlineData("self-assessment")]
    public void Markdown_HostileTexts_StartNoBlockAndMakeNoLinkImageMentionOrHtml(string format)
    {
        var text = Write(format);

        Assert.DoesNotMatch(InjectedHeading(), text);
        Assert.DoesNotMatch(UnescapedLinkOrImage(), text);
        Assert.DoesNotContain("@octocat", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", text, StringComparison.Ordinal);
        Assert.Contains("@&#8203;octocat", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_HostileSubjectId_IsEscaped()
    {
        var text = Write("markdown");

        Assert.Contains(Context.Reports[0].Report.Findings, f => f.Subject.Id.StartsWith("tour\u001b", StringComparison.Ordinal));
        Assert.Contains("priority tour\\[31m\\](javascript:alert(2))\\|@&#8203;mallory", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@mallory", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SelfAssessmentMarkdown_HostileTexts_KeepOneRowPerCriterion()
    {
        var lines = Write("self-assessment").Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith('|')).ToList();

        Assert.Equal(Context.Reports[0].Report.Criteria.Count + 2, lines.Count);
        Assert.All(lines, line => Assert.Equal(9, UnescapedPipe().Count(line)));
    }

    [Fact]
    public void SelfAssessmentCsv_HostileTexts_NoCellStartsAFormula()
    {
        var rows = ParseCsv(Write("self-assessment-csv").TrimStart('\uFEFF'));

        Assert.Equal(Context.Reports[0].Report.Criteria.Count + 1, rows.Count);
        Assert.All(rows, row => Assert.Equal(8, row.Count));
        Assert.All(rows.SelectMany(r => r), cell => Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r', cell));
        Assert.Contains(rows.SelectMany(r => r), cell => cell.StartsWith("'=HYPERLINK(\"http://evil.example\") Evil[2J", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_HostileTexts_AreEncoded()
    {
        var text = Write("html");

        Assert.DoesNotContain("<script", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", text, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Json_HostileTexts_AreValidJsonThatKeepsTheText(string format)
    {
        using var json = JsonDocument.Parse(Encoding.UTF8.GetBytes(Write(format)));

        Assert.Contains(Strings(json.RootElement), text => text.Contains("+SUM(1)\u001b]0;pwned\u0007 <img src=x onerror=alert(1)> @octocat", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    private static string Write(string format)
    {
        var writer = ReportWriterRegistry.Default.Get(format);
        return writer.WriteToString(writer.Scope == ReportWriterScope.Document ? Context.ForReport(0) : Context);
    }

    /// <summary>RFC 4180: fields separated by commas, quoted fields with doubled quotes, records ending with CR LF.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ';')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }

    [GeneratedRegex(@"^ {0,3}#+ *(Injected|Waived) heading", RegexOptions.Multiline)]
    private static partial Regex InjectedHeading();

    [GeneratedRegex(@"(?<!\\)\]\(javascript:|(?<!\\)!\[|<javascript:")]
    private static partial Regex UnescapedLinkOrImage();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();
}
