using System.Reflection;
using System.Text.RegularExpressions;
using S3Criteria.Diagnostics;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Diagnostics;

/// <summary>Every diagnostic text lives in the message catalogue (<see cref="Messages"/>), and the catalogue is well formed.</summary>
public sealed partial class MessagesTests
{
    private static readonly IReadOnlyList<Message> Catalogue =
        [.. typeof(Messages).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (Message)f.GetValue(null)!)];

    [Fact]
    public void Sources_OutsideTheCatalogue_NeverConstructADiagnostic()
    {
        var offenders = Directory.EnumerateFiles(Repository.File("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) is not ("Message.cs" or "Diagnostic.cs"))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(Repository.Root, f), Line: i + 1, Text: line)))
            .Where(l => DiagnosticConstruction().IsMatch(l.Text))
            .Select(l => $"{l.File}({l.Line}): {l.Text.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "Make these diagnostics from a Message of the catalogue (Diagnostics/Messages.*.cs):\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void Catalogue_Ids_AreUniqueKebabCaseAndPrefixedByStage()
    {
        Assert.True(Catalogue.Count > 100, $"The catalogue has only {Catalogue.Count} messages; were they found?");
        Assert.Empty(Catalogue.GroupBy(m => m.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.All(Catalogue, m => Assert.Matches("^(text|documents|workbook|waivers|language|rules|engine|testing|writers|config)\\.[a-z0-9]+(-[a-z0-9]+)*$", m.Id));
    }

    [Fact]
    public void Catalogue_Codes_AreDeclaredDiagnosticCodes()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToHashSet(StringComparer.Ordinal);

        Assert.All(Catalogue, m => Assert.Contains(m.Code, codes));
    }

    [Fact]
    public void Catalogue_Templates_HaveBalancedNamedPlaceholders()
    {
        Assert.All(Catalogue, m =>
        {
            var stripped = Placeholder().Replace(m.Template, string.Empty);
            Assert.False(stripped.Contains('{', StringComparison.Ordinal) || stripped.Contains('}', StringComparison.Ordinal), $"{m.Id}: '{m.Template}' has a brace outside a {{name}} placeholder.");
        });
    }

    [Theory]
    [InlineData("action type", "This is an action type; An action type is here.")]
    [InlineData("date", "This is a date; A date is here.")]
    [InlineData("", "This is a ; A  is here.")]
    public void Format_ArticlePlaceholder_TakesAOrAnByTheFirstLetter(string type, string expected)
    {
        var message = new Message(DiagnosticCodes.TypeMismatch, "test.article", "This is {a type}; {A type} is here.");

        Assert.Equal(expected, message.Format(("type", type)));
        Assert.Equal(expected, Message.Fill(message.Template, new Dictionary<string, string> { ["type"] = type }));
    }

    [Fact]
    public void Format_ListLongerThanTheCap_ShowsTheFirstItemsAndCountsTheRest()
    {
        var message = new Message(DiagnosticCodes.UnresolvedReference, "test.list", "Known: {known}.");
        var ids = Enumerable.Range(0, 10_000).Select(i => $"p{i}");

        var text = message.Format(("known", ids));

        Assert.StartsWith("Known: p0, p1, p2,", text, StringComparison.Ordinal);
        Assert.EndsWith($", p{Message.MaxListItems - 1}, \u2026 and {10_000 - Message.MaxListItems} more.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_ShortListAndNullItem_JoinsLikeStringJoin()
    {
        var message = new Message(DiagnosticCodes.UnresolvedReference, "test.list", "[{items}]");

        Assert.Equal("[a, , c]", message.Format(("items", new[] { "a", null, "c" })));
    }

    [Fact]
    public void Format_LongValue_IsCutWithAnEllipsis()
    {
        var message = new Message(DiagnosticCodes.InvalidValue, "test.value", "'{value}' is not a date.");

        var text = message.Format(("value", new string('x', 100_000)));

        Assert.Equal($"'{new string('x', Message.MaxArgumentLength)}\u2026' is not a date.", text);
    }

    [Fact]
    public void Format_MissingArgument_Throws() =>
        Assert.Throws<InvalidOperationException>(() => new Message(DiagnosticCodes.Syntax, "test.missing", "{reason}").Format());

    [GeneratedRegex(@"new\s+Diagnostic\s*\(")]
    private static partial Regex DiagnosticConstruction();

    [GeneratedRegex(@"\{(?:[aA] )?[a-z][a-zA-Z0-9-]*\}")]
    private static partial Regex Placeholder();
}
