using S3Criteria.Diagnostics;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Evaluation;
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
            if (BoundedFile.ReadText(file, DocumentLimits.Default, diagnostics, Messages.TestFileNotReadable) is not { } text)
            {
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
        if (YamlTreeReader.Read(new SourceText(text, file), diagnostics) is not { } root || RuleTestReader.File(root, diagnostics) is not { } map)
        {
            return;
        }

        var date = RuleTestReader.Date(map, DefaultDate, diagnostics);
        var baseNode = map.Get("base") is { } b ? RuleTestReader.Base(b, directory, diagnostics) : null;
        if (map.Get("cases") is not YSequence list)
        {
            diagnostics.Add(Messages.TestFileNeedsCases.At(map.Mapping.Location));
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
        if (RuleTestReader.Case(node, diagnostics) is not { } map)
        {
            return null;
        }

        var location = map.Mapping.Location;
        var name = map.Get("name") is YScalar { IsNull: false } n ? n.Value : $"case at line {location.Line}";
        var expectations = RuleTestReader.Expectations(map, diagnostics);
        date = RuleTestReader.Date(map, date, diagnostics);
        YNode? document = (map.Get("strategy"), map.Get("patch")) switch
        {
            ({ } whole, null) => whole,
            (null, { } patch) when baseNode is not null => DocumentPatch.Merge(baseNode, patch, diagnostics),
            (null, null) when baseNode is not null => baseNode,
            _ => null,
        };
        if (document is null)
        {
            diagnostics.Add(Messages.TestCaseNeedsStrategy.At(location, ("name", name)));
            return null;
        }

        if (expectations is null)
        {
            return null;
        }

        var loaded = StrategyDocument.FromNode(document, text, file, []);
        if (!loaded.Success)
        {
            return new RuleTestCaseResult(name, location, expectations, [.. loaded.Diagnostics.Select(d => $"The case's strategy is invalid: {d}")]);
        }

        var evaluator = new ComplianceEvaluator(_ruleSet, new ComplianceEvaluatorOptions { EvaluationDate = date });
        var report = evaluator.Evaluate(loaded.Value!);
        return new RuleTestCaseResult(name, location, expectations, ExpectationChecker.Check(_ruleSet, report, expectations));
    }
}
