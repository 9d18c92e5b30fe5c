using System.Globalization;
using S3Criteria.Diagnostics;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Evaluation;
using S3Criteria.Model;
using S3Criteria.Reports;
using S3Criteria.Text;

namespace S3Criteria.Testing;

/// <summary>
/// Runs rule-test files (<c>*.tests.yaml</c>, see <c>docs/rule-tests.md</c>): each case is a strategy document, or a
/// patch of a base one, and the outcome expected of named rules.
/// </summary>
/// <threadsafety static="true" instance="true"/>
public sealed class RuleTestRunner
{
    private static readonly DateOnly DefaultDate = new(2026, 1, 1);
    private static readonly string[] FileKeys = ["date", "base", "cases"];
    private static readonly string[] CaseKeys = ["name", "strategy", "patch", "expect", "date"];
    private readonly RuleSet _ruleSet;

    /// <summary>Initializes a new instance of the <see cref="RuleTestRunner"/> class.</summary>
    /// <param name="ruleSet">The rules under test.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    public RuleTestRunner(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        _ruleSet = ruleSet;
    }

    /// <summary>Runs one test file, or every <c>*.tests.yaml</c> file under a directory in ordinal order.</summary>
    /// <param name="path">A file or a directory.</param>
    /// <returns>The results.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public RuleTestRun Run(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.tests.y*ml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [path];
        var cases = new List<RuleTestCaseResult>();
        var diagnostics = new List<Diagnostic>();
        foreach (var file in files)
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.FileNotReadable, $"The test file cannot be read: {exception.Message}", new SourceLocation(file, 1, 1)));
                continue;
            }

            RunText(text, file, Path.GetDirectoryName(Path.GetFullPath(file)), cases, diagnostics);
        }

        return new RuleTestRun(_ruleSet, cases, diagnostics);
    }

    /// <summary>Runs the cases of a test file given as text.</summary>
    /// <param name="yaml">The test file's text.</param>
    /// <param name="name">The file name to show in locations.</param>
    /// <returns>The results.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="yaml"/> is <see langword="null"/>.</exception>
    public RuleTestRun RunText(string yaml, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var cases = new List<RuleTestCaseResult>();
        var diagnostics = new List<Diagnostic>();
        RunText(yaml, name, null, cases, diagnostics);
        return new RuleTestRun(_ruleSet, cases, diagnostics);
    }

    private void RunText(string text, string? file, string? directory, List<RuleTestCaseResult> cases, List<Diagnostic> diagnostics)
    {
        var source = new SourceText(text, file);
        if (YamlTreeReader.Read(source, diagnostics) is not { } root)
        {
            return;
        }

        if (root is not YMapping map || !CheckKeys(map, FileKeys, "a rule-test file", diagnostics))
        {
            if (root is not YMapping)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.WrongType, "A rule-test file must be a mapping with the keys date, base and cases.", root.Location));
            }

            return;
        }

        var date = ReadDate(map, DefaultDate, diagnostics);
        var baseNode = Get(map, "base") is { } b ? ReadBase(b, directory, diagnostics) : null;
        if (Get(map, "cases") is not YSequence list)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.MissingKey, "A rule-test file needs 'cases', a list of cases.", map.Location));
            return;
        }

        foreach (var item in list.Items)
        {
            if (RunCase(item, baseNode, date, text, file, diagnostics) is { } result)
            {
                cases.Add(result);
            }
        }
    }

    private RuleTestCaseResult? RunCase(YNode node, YNode? baseNode, DateOnly date, string text, string? file, List<Diagnostic> diagnostics)
    {
        if (node is not YMapping map || !CheckKeys(map, CaseKeys, "a rule-test case", diagnostics))
        {
            if (node is not YMapping)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.WrongType, "A rule-test case must be a mapping with name, strategy or patch, and expect.", node.Location));
            }

            return null;
        }

        var name = Get(map, "name") is YScalar { IsNull: false } n ? n.Value : $"case at line {map.Location.Line}";
        var expectations = ReadExpectations(map, diagnostics);
        date = ReadDate(map, date, diagnostics);
        YNode? document = (Get(map, "strategy"), Get(map, "patch")) switch
        {
            ({ } whole, null) => whole,
            (null, { } patch) when baseNode is not null => Merge(baseNode, patch, diagnostics),
            (null, null) when baseNode is not null => baseNode,
            _ => null,
        };
        if (document is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.MissingKey, $"Case '{name}' needs 'strategy', or 'patch' with a file-level 'base'.", map.Location));
            return null;
        }

        if (expectations is null)
        {
            return null;
        }

        var caseDiagnostics = new List<Diagnostic>();
        var loaded = StrategyDocument.FromNode(document, text, file, caseDiagnostics);
        if (!loaded.Success)
        {
            return new RuleTestCaseResult(name, map.Location, expectations, [.. loaded.Diagnostics.Select(d => $"The case's strategy is invalid: {d}")]);
        }

        var evaluator = new ComplianceEvaluator(_ruleSet, new ComplianceEvaluatorOptions { EvaluationDate = date });
        var report = evaluator.Evaluate(loaded.Value!);
        return new RuleTestCaseResult(name, map.Location, expectations, Check(report, expectations));
    }

    private List<string> Check(ComplianceReport report, IReadOnlyList<RuleExpectation> expectations)
    {
        var failures = new List<string>();
        foreach (var expectation in expectations)
        {
            var result = report.Rules.FirstOrDefault(r => r.RuleId == expectation.RuleId);
            if (result is null)
            {
                var known = _ruleSet.Rules.Select(r => r.Id).ToList();
                failures.Add($"{expectation.RuleId}: no such rule in the rule set. {NameSuggester.Suggest(expectation.RuleId, known)}".TrimEnd());
                continue;
            }

            var failed = report.Findings
                .Where(f => f.RuleId == expectation.RuleId && f.Status == FindingStatus.Failed)
                .Select(f => f.Subject.Kind == SubjectKind.Strategy ? "strategy" : f.Subject.Id)
                .Order(StringComparer.Ordinal)
                .ToList();
            var actual = Describe(result.Outcome, failed);
            var errors = report.Errors.Where(e => e.RuleId == expectation.RuleId).Select(e => e.Message).ToList();
            var ok = expectation.Kind switch
            {
                ExpectationKind.Subjects => failed.SequenceEqual(expectation.Subjects.Order(StringComparer.Ordinal)) && result.Outcome != RuleOutcome.Error,
                ExpectationKind.Fails => result.Outcome == RuleOutcome.Failed,
                ExpectationKind.Passes => result.Outcome == RuleOutcome.Passed,
                ExpectationKind.NotApplicable => result.Outcome == RuleOutcome.NotApplicable,
                _ => result.Outcome == RuleOutcome.CannotAssess,
            };
            if (!ok)
            {
                var expected = expectation.Kind == ExpectationKind.Subjects
                    ? (expectation.Subjects.Count == 0 ? "no finding" : $"findings for [{string.Join(", ", expectation.Subjects.Order(StringComparer.Ordinal))}]")
                    : Naming(expectation.Kind);
                failures.Add($"{expectation.RuleId}: expected {expected}, but it {actual}{(errors.Count > 0 ? $" ({string.Join("; ", errors)})" : string.Empty)}.");
            }
        }

        return failures;
    }

    private static string Describe(RuleOutcome outcome, List<string> failed) => outcome switch
    {
        RuleOutcome.Failed => $"failed for [{string.Join(", ", failed)}]",
        RuleOutcome.Passed => "passed",
        RuleOutcome.NotApplicable => "did not apply",
        RuleOutcome.CannotAssess => "could not assess",
        _ => "raised an error",
    };

    private static string Naming(ExpectationKind kind) => kind switch
    {
        ExpectationKind.Fails => "it to fail",
        ExpectationKind.Passes => "it to pass",
        ExpectationKind.NotApplicable => "it not to apply",
        _ => "it to be unable to assess",
    };

    private static List<RuleExpectation>? ReadExpectations(YMapping map, List<Diagnostic> diagnostics)
    {
        if (Get(map, "expect") is not YMapping expect)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.MissingKey, "A case needs 'expect': a mapping of rule ids to a list of subject ids, or to fails, passes, not-applicable or cannot-assess.", map.Location));
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
                    diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidValue, $"Expected a list of subject ids, or fails, passes, not-applicable or cannot-assess for rule '{rule.Value}'.", value.Location));
                    return null;
            }
        }

        return result;
    }

    private static YNode? ReadBase(YNode node, string? directory, List<Diagnostic> diagnostics)
    {
        if (node is not YScalar { Style: not ScalarStyle.Block } reference || node is YScalar { IsNull: true })
        {
            return node;
        }

        if (directory is null || Path.IsPathRooted(reference.Value))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidValue, "'base' must be a strategy document, or a path relative to the test file.", node.Location));
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(directory, reference.Value));
        try
        {
            var text = File.ReadAllText(path);
            return YamlTreeReader.Read(new SourceText(text, path), diagnostics);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.FileNotReadable, $"The base document cannot be read: {exception.Message}", node.Location));
            return null;
        }
    }

    /// <summary>
    /// Merges a patch into a document: mappings merge key by key, a list replaces a list, and a mapping applied to a
    /// list of items with identifiers patches the items by identifier (adding the identifiers it does not find).
    /// </summary>
    internal static YNode Merge(YNode target, YNode patch, List<Diagnostic> diagnostics)
    {
        switch (target, patch)
        {
            case (YMapping mapping, YMapping changes):
                var entries = mapping.Entries.Select(e =>
                    changes.Entries.FirstOrDefault(c => c.Key.Value == e.Key.Value) is { Key: not null } change
                        ? new KeyValuePair<YScalar, YNode>(e.Key, Merge(e.Value, change.Value, diagnostics))
                        : e).ToList();
                entries.AddRange(changes.Entries.Where(c => mapping.Entries.All(e => e.Key.Value != c.Key.Value)));
                return new YMapping(mapping.Location, entries);
            case (YSequence list, YMapping byId):
                var items = list.Items.ToList();
                foreach (var (id, change) in byId.Entries)
                {
                    var index = items.FindIndex(i => i is YMapping m && m.Entries.Any(e => e.Key.Value == "id" && e.Value is YScalar s && s.Value == id.Value));
                    if (index >= 0)
                    {
                        items[index] = Merge(items[index], change, diagnostics);
                    }
                    else if (change is YMapping added)
                    {
                        items.Add(new YMapping(added.Location, [new(new YScalar(id.Location, "id", ScalarStyle.Plain, 0, 0), id), .. added.Entries]));
                    }
                    else
                    {
                        diagnostics.Add(new Diagnostic(DiagnosticCodes.WrongType, $"A patch of item '{id.Value}' must be a mapping.", change.Location));
                    }
                }

                return new YSequence(list.Location, items);
            default:
                return patch;
        }
    }

    private static DateOnly ReadDate(YMapping map, DateOnly fallback, List<Diagnostic> diagnostics)
    {
        if (Get(map, "date") is not { } node)
        {
            return fallback;
        }

        if (node is YScalar scalar && DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidValue, "'date' must be a date written YYYY-MM-DD.", node.Location));
        return fallback;
    }

    private static bool CheckKeys(YMapping map, string[] allowed, string what, List<Diagnostic> diagnostics)
    {
        var ok = true;
        foreach (var key in map.Entries.Select(e => e.Key).Where(k => !allowed.Contains(k.Value)))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.UnknownKey, $"Unknown key '{key.Value}' in {what}. {NameSuggester.Suggest(key.Value, allowed)}Expected one of: {string.Join(", ", allowed)}.", key.Location));
            ok = false;
        }

        return ok;
    }

    private static YNode? Get(YMapping map, string key) => map.Entries.FirstOrDefault(e => e.Key.Value == key).Value;
}
