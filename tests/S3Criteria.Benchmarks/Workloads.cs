using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using S3Criteria.Baseline;
using S3Criteria.Engine;
using S3Criteria.Evaluation;
using S3Criteria.Model;
using S3Criteria.Reports;

namespace S3Criteria.Benchmarks;

/// <summary>
/// The inputs every benchmark shares: the evaluation date, the generated strategies, and the rule sets (criterion 7 with
/// the vehicle catalogue, the whole built-in set, and about 500 rules made of parameter variations of criterion 7).
/// </summary>
public static partial class Workloads
{
    /// <summary>The evaluation date of every benchmark (the date of the README's results).</summary>
    public static readonly DateOnly Today = new(2026, 11, 25);

    /// <summary>How many priority areas each generated strategy has.</summary>
    public const int Priorities = 10;

    /// <summary>How many different strategies a benchmark cycles through (a power of two).</summary>
    public const int PoolSize = 16;

    /// <summary>How many copies of the 23 criterion-7 rules make the large rule set: 22 × 23 = 506 rules.</summary>
    public const int VariationCopies = 22;

    /// <summary>The names the benchmarks' <c>[Params]</c> use for the rule sets.</summary>
    public const string Criterion7 = "criterion-7";

    /// <summary>The whole built-in rule set, criteria 1 to 7.</summary>
    public const string BuiltIn = "built-in";

    /// <summary>The 506 parameter variations of criterion 7.</summary>
    public const string Variations = "variations-506";

    private static readonly string[] ParameterNames = ["min-measures-per-priority", "min-distinct-instruments", "partnership-expiry-warning-months"];

    /// <summary>Gets the directory the rule files are copied to, beside the benchmark assembly.</summary>
    public static string RulesDirectory => Path.Combine(AppContext.BaseDirectory, "rules");

    /// <summary>Builds (loads, checks and compiles) one of the named rule sets.</summary>
    public static RuleSet Build(string name) => name switch
    {
        Criterion7 => Criterion7Builder().Build(),
        BuiltIn => new RuleSetBuilder().AddBuiltInRules().Build(),
        Variations => VariationsBuilder(VariationCopies).Build(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown rule set."),
    };

    /// <summary>The 23 criterion-7 rules and the catalogue of vehicles their rules read, as the parity test loads them.</summary>
    public static RuleSetBuilder Criterion7Builder() => new RuleSetBuilder()
        .AddFile(Path.Combine(RulesDirectory, "criterion-7.yaml"))
        .AddFile(Path.Combine(RulesDirectory, "vehicles.yaml"));

    /// <summary>The criterion-7 rules copied <paramref name="copies"/> times (see <see cref="VariationsYaml"/>), with the vehicle catalogue.</summary>
    public static RuleSetBuilder VariationsBuilder(int copies) => new RuleSetBuilder()
        .AddYaml(VariationsYaml(copies), "criterion-7-variations.yaml")
        .AddFile(Path.Combine(RulesDirectory, "vehicles.yaml"));

    /// <summary>
    /// Copies the rules of <c>rules/criterion-7.yaml</c> <paramref name="copies"/> times. Copy <c>k</c> has the rule
    /// identifiers <c>C7-nn-vk</c> and its own three parameters (<c>min-measures-per-priority-vk</c>…); for
    /// <c>k &gt; 0</c> its numeric thresholds are moved in a way that cannot change a finding on integer counts or on
    /// the generator's budgets (multiples of 10 000): <c>count ≥ 1</c> becomes <c>count ≥ 1 − k/100</c>,
    /// <c>count &gt; 0</c> becomes <c>count &gt; k/100</c>, <c>a.budget &gt; 0</c> becomes <c>a.budget &gt; k/100</c>.
    /// So every copy reports exactly what <see cref="HandWrittenCriterion7"/> reports, the baseline is that evaluator
    /// run once per copy, and the thresholds differ between copies the way parameter variations make them differ:
    /// 12 of the 23 rules get distinct conditions per copy, the other 11 are textually identical and Rete may share
    /// their nodes (their terminal nodes and activations stay per copy).
    /// </summary>
    public static string VariationsYaml(int copies)
    {
        var source = File.ReadAllText(Path.Combine(RulesDirectory, "criterion-7.yaml")).ReplaceLineEndings("\n");
        var criterionStart = source.IndexOf("\ncriterion:", StringComparison.Ordinal) + 1;
        var parametersStart = source.IndexOf("\nparameters:", StringComparison.Ordinal) + 1;
        var rulesStart = source.IndexOf("\nrules:", StringComparison.Ordinal) + 1;
        var criterion = source[criterionStart..parametersStart];
        var rules = source[(source.IndexOf('\n', rulesStart) + 1)..];

        var yaml = new StringBuilder(criterion).Append("\nparameters:\n");
        for (var k = 0; k < copies; k++)
        {
            var shift = k / 100m;
            yaml.Append(CultureInfo.InvariantCulture, $"  min-measures-per-priority-v{k}: {1 - shift}\n");
            yaml.Append(CultureInfo.InvariantCulture, $"  min-distinct-instruments-v{k}: {2 - shift}\n");
            yaml.Append(CultureInfo.InvariantCulture, $"  partnership-expiry-warning-months-v{k}: 12\n");
        }

        yaml.Append("\nrules:\n");
        for (var k = 0; k < copies; k++)
        {
            var copy = RuleId().Replace(rules, m => $"{m.Value}-v{k}");
            foreach (var name in ParameterNames)
            {
                copy = copy.Replace(name, $"{name}-v{k}", StringComparison.Ordinal);
            }

            if (k > 0)
            {
                var shift = (k / 100m).ToString(CultureInfo.InvariantCulture);
                var atLeastOne = (1 - (k / 100m)).ToString(CultureInfo.InvariantCulture);
                copy = AtLeastOne().Replace(copy, $">= {atLeastOne}");
                copy = CountAboveZero().Replace(copy, $") > {shift}");
                copy = copy.Replace("a.budget > 0", $"a.budget > {shift}", StringComparison.Ordinal);
            }

            yaml.Append(copy).Append('\n');
        }

        return yaml.ToString();
    }

    /// <summary>Generates the pool of strategies a benchmark cycles through, each with 10 priority areas.</summary>
    public static Strategy[] Pool(int partnerships)
    {
        var pool = new Strategy[PoolSize];
        for (var seed = 0; seed < PoolSize; seed++)
        {
            pool[seed] = StrategyGenerator.Generate(seed, Today, Priorities, partnerships);
            var problems = Documents.StrategyDocument.Validate(pool[seed]);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException($"Generated strategy {seed} is invalid: {problems[0]}");
            }
        }

        return pool;
    }

    /// <summary>An evaluator on the fixed date, as the parity test builds it.</summary>
    public static ComplianceEvaluator Evaluator(RuleSet rules) =>
        new(rules, new ComplianceEvaluatorOptions { EvaluationDate = Today });

    /// <summary>The hand-written baseline for a rule set: <see cref="HandWrittenCriterion7"/> run once per copy of the criterion-7 rules.</summary>
    public static int HandWritten(Strategy strategy, IReadOnlyList<CooperationVehicle> vehicles, int copies)
    {
        var findings = 0;
        for (var k = 0; k < copies; k++)
        {
            findings += HandWrittenCriterion7.Evaluate(strategy, Today, vehicles).Count;
        }

        return findings;
    }

    /// <summary>
    /// Checks that the engine and the hand-written evaluator report the same findings on the pool, so that a benchmark
    /// never compares unequal work. Copies of the variation set must each report what the hand-written evaluator reports.
    /// </summary>
    /// <exception cref="InvalidOperationException">A strategy where they differ.</exception>
    public static void AssertParity(RuleSet rules, int copies, IEnumerable<Strategy> strategies)
    {
        var evaluator = Evaluator(rules);
        foreach (var strategy in strategies)
        {
            var report = evaluator.Evaluate(strategy);
            if (report.Errors.Count > 0)
            {
                throw new InvalidOperationException($"{strategy.Id}: rule error {report.Errors[0].RuleId}: {report.Errors[0].Message}");
            }

            var expected = HandWrittenCriterion7.Evaluate(strategy, Today, rules.Vehicles).Select(f => f.ToString()).Order(StringComparer.Ordinal).ToList();
            for (var k = 0; k < copies; k++)
            {
                var suffix = copies == 1 ? string.Empty : $"-v{k}";
                var engine = report.Findings
                    .Where(f => copies == 1 || f.RuleId.EndsWith(suffix, StringComparison.Ordinal))
                    .Select(f => new BaselineFinding(f.RuleId[..^suffix.Length], f.Subject.Id, f.Status == FindingStatus.CannotAssess).ToString())
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (!expected.SequenceEqual(engine))
                {
                    throw new InvalidOperationException($"{strategy.Id}, copy {k}: expected [{string.Join(", ", expected)}] but the engine found [{string.Join(", ", engine)}].");
                }
            }
        }
    }

    [GeneratedRegex(@"(?<=^  - id: )C7-\d+", RegexOptions.Multiline)]
    private static partial Regex RuleId();

    [GeneratedRegex(@">= 1\b(?![.\d])")]
    private static partial Regex AtLeastOne();

    [GeneratedRegex(@"\) > 0\b(?![.\d])")]
    private static partial Regex CountAboveZero();
}
