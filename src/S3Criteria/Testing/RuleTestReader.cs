using System.Globalization;
using S3Criteria.Diagnostics;
using S3Criteria.Rules.Yaml;
using S3Criteria.Text;

namespace S3Criteria.Testing;

/// <summary>Reads the parts of a rule-test file: its mappings (with the rule files' strict <see cref="Keys"/>), dates, base document and expectations.</summary>
internal static class RuleTestReader
{
    private static readonly string[] FileKeys = ["date", "base", "cases"];
    private static readonly string[] CaseKeys = ["name", "strategy", "patch", "expect", "date"];

    /// <summary>The file's mapping; <see langword="null"/> when it is not a mapping or has unknown keys (reported).</summary>
    public static Keys? File(YNode root, ICollection<Diagnostic> diagnostics) =>
        Mapping(root, "a rule-test file", FileKeys, Messages.TestFileNotMapping, diagnostics);

    /// <summary>A case's mapping; <see langword="null"/> when it is not a mapping or has unknown keys (reported).</summary>
    public static Keys? Case(YNode node, ICollection<Diagnostic> diagnostics) =>
        Mapping(node, "a rule-test case", CaseKeys, Messages.TestCaseNotMapping, diagnostics);

    /// <summary>The date at <c>date</c>, or <paramref name="fallback"/> when there is none or it is malformed (reported).</summary>
    public static DateOnly Date(Keys map, DateOnly fallback, ICollection<Diagnostic> diagnostics)
    {
        if (map.Get("date") is not { } node)
        {
            return fallback;
        }

        if (node is YScalar scalar && DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Add(Messages.TestDateInvalid.At(node.Location));
        return fallback;
    }

    /// <summary>The base document: written inline, or read from a path relative to the test file.</summary>
    public static YNode? Base(YNode node, string? directory, ICollection<Diagnostic> diagnostics)
    {
        if (node is not YScalar { Style: not ScalarStyle.Block } reference || node is YScalar { IsNull: true })
        {
            return node;
        }

        if (directory is null || Path.IsPathRooted(reference.Value))
        {
            diagnostics.Add(Messages.TestBaseInvalid.At(node.Location));
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(directory, reference.Value));
        var problems = new List<Diagnostic>();
        if (BoundedFile.ReadText(path, DocumentLimits.Default, problems) is { } text)
        {
            return YamlTreeReader.Read(new SourceText(text, path), diagnostics);
        }

        // The problem is the test's: report it where the test names the file.
        diagnostics.Add(Messages.TestBaseNotReadable.At(node.Location, ("reason", problems[0].Message)));
        return null;
    }

    /// <summary>What a case expects (<c>expect</c>); <see langword="null"/> when it is missing or malformed (reported).</summary>
    public static List<RuleExpectation>? Expectations(Keys map, ICollection<Diagnostic> diagnostics)
    {
        if (map.Get("expect") is not YMapping expect)
        {
            diagnostics.Add(Messages.TestCaseNeedsExpect.At(map.Mapping.Location));
            return null;
        }

        var result = new List<RuleExpectation>();
        foreach (var (rule, value) in expect.Entries)
        {
            switch (value)
            {
                case YSequence subjects when subjects.Items.All(i => i is YScalar):
                    result.Add(new RuleExpectation(rule.Value, ExpectationKind.Subjects, [.. subjects.Items.Cast<YScalar>().Select(s => s.Value)]));
                    break;
                case YScalar { Value: "fails" or "passes" or "not-applicable" or "cannot-assess" } word:
                    var kind = word.Value switch
                    {
                        "fails" => ExpectationKind.Fails,
                        "passes" => ExpectationKind.Passes,
                        "not-applicable" => ExpectationKind.NotApplicable,
                        _ => ExpectationKind.CannotAssess,
                    };
                    result.Add(new RuleExpectation(rule.Value, kind, []));
                    break;
                default:
                    diagnostics.Add(Messages.TestExpectationInvalid.At(value.Location, ("rule", rule.Value)));
                    return null;
            }
        }

        return result;
    }

    private static Keys? Mapping(YNode node, string what, string[] allowed, Message notMapping, ICollection<Diagnostic> diagnostics)
    {
        if (node is not YMapping)
        {
            diagnostics.Add(notMapping.At(node.Location));
            return null;
        }

        var keys = Keys.Of(node, what, allowed, diagnostics)!;
        return keys.HasUnknownKeys ? null : keys;
    }
}
