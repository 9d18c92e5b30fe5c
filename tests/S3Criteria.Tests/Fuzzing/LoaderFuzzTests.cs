using System.Globalization;
using S3Criteria.Diagnostics;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Evaluation;
using S3Criteria.Testing;
using S3Criteria.Tests.Support;
using S3Criteria.Waivers;

namespace S3Criteria.Tests.Fuzzing;

/// <summary>
/// A seeded mutation fuzzer over valid inputs: strategy documents (YAML and JSON), rule files, waiver files and rule-test
/// files. Mutations flip characters, truncate, delete, duplicate and move lines, swap value types, nest deeply, insert
/// escapes (JSON and YAML, lone surrogates among them), raw lone surrogates, and replace numbers by literals out of
/// range or in other notations. Every input must load or give located diagnostics; no exception may escape but an
/// <see cref="S3CriteriaException"/> with located diagnostics, and what loads must evaluate. The number of cases per
/// target is S3C_FUZZ_CASES (default 400; rule files and rule tests get a quarter); S3C_FUZZ_SEED offsets the seeds.
/// The README records the long run.
/// </summary>
public sealed class LoaderFuzzTests
{
    private static readonly int Cases = Setting("S3C_FUZZ_CASES", 400);
    private static readonly int SeedOffset = Setting("S3C_FUZZ_SEED", 0);
    private static readonly RuleSet BuiltIn = new RuleSetBuilder().AddBuiltInRules().Build();

    private static readonly string[] Escapes =
    [
        "\\ud800", "\\udfff", "\\udbff\\udfff", "\\ud83d\\ude00", "\\ude00\\ud83d", "\\ud800\\u0041", "\\u0000", "\\u001b",
        "\\uFFFF", "\\uFEFF", "\\u202E", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\t", "\\r\\n", "\\x41", "\\u12", "\\u", "\\",
        "\\U0001F600", "\\U0010FFFF", "\\U00110000", "\\N", "\\_", "\\L", "\\P", "\\e", "\\0", "\\a", "\\v", "\\q",
    ];

    private static readonly string[] Numbers =
    [
        "99999999999999999999999999999999", "79228162514264337593543950335", "79228162514264337593543950336",
        "-79228162514264337593543950336", "0.00000000000000000000000000000001", "1e999", "-1e-999", "1.5e3", "1E+2", "0x1F",
        "0o17", "0b101", "1_000", "1,5", "\u0661\u0662\u0663", "\u06F1\u06F4\u06F0\u06F5", "NaN", ".inf", "-.inf", "-0", "+1", "00012", "1.",
        ".5", "2147483648", "-2147483649", "9223372036854775808", "4294967296", "1e28", "0.1e-28",
    ];

    private const string Json = """
        { "id": "s", "title": "T \u00e9 \ud83d\ude00 \"q\" \\ \/", "region": { "code": "RO21", "name": "Nord-Est", "category": "less-developed", "lagging": "low-income" },
          "period-start": 2021, "period-end": 2027,
          "priorities": [ { "id": "textile", "name": "Textile\tand\nfashion", "domains": ["textile"], "budget": 100.25 } ],
          "indicators": [ { "id": "i", "name": "Firms", "type": "output", "priority": "textile", "baseline": 0, "baseline-year": 2021, "target": 1e2, "target-year": 2029 } ],
          "partnerships": [ { "id": "p", "title": "Textile partnership", "instrument": "s3-thematic-partnership", "status": "active",
                              "priorities": ["textile"], "start": "2022-01-01", "end": "2027-12-31", "funding": 2500000.5,
                              "partners": [ { "name": "Puglia", "country": "IT", "nuts": "ITF4" } ] } ] }
        """;

    private const string WaiverFile = """
        # Waivers for the Puglia strategy.
        waivers:
          - rule: C7-01
            subject: textile
            reason: "Budget set in the 2027 amendment: \u00e9\u00e8 \"quoted\"."
            expires: 2026-12-31
            owner: S3 office
          - { rule: C1-01, reason: Update under way., expires: 2027-03-01 }
          - rule: C2-04
            reason: >-
              Folded reason over
              two lines.
            expires: 2026-11-30
        """;

    [Fact]
    public void TryParse_MutatedYamlStrategies_LoadOrReportLocatedDiagnostics()
    {
        var original = File.ReadAllText(Repository.File("samples", "strategies", "extremadura.yaml"));
        var evaluator = RuleHarness.Evaluator(BuiltIn);
        Fuzz(original, seed: 1, text =>
        {
            var result = StrategyDocument.TryParse(text, filePath: "fuzz.yaml");
            AssertLoadedOrLocated(result.Success, result.Diagnostics);
            if (result.Success)
            {
                Assert.NotNull(evaluator.Evaluate(result.Value!));
            }
        });
    }

    [Fact]
    public void TryParse_MutatedJsonStrategies_LoadOrReportLocatedDiagnostics()
    {
        var evaluator = RuleHarness.Evaluator(BuiltIn);
        Fuzz(Json, seed: 2, text =>
        {
            var result = StrategyDocument.TryParse(text, StrategyDocumentFormat.Json, "fuzz.json");
            AssertLoadedOrLocated(result.Success, result.Diagnostics);
            if (result.Success)
            {
                Assert.NotNull(evaluator.Evaluate(result.Value!));
            }
        });
    }

    [Fact]
    public void TryBuild_MutatedRuleFiles_LoadOrReportLocatedDiagnostics()
    {
        var original = File.ReadAllText(Repository.File("rules", "criterion-7.yaml"));
        var strategy = StrategyDocument.Load(Repository.File("samples", "strategies", "puglia.yaml"));
        Fuzz(original, seed: 3, text =>
        {
            var result = new RuleSetBuilder().WithCompilation(RuleCompilation.Interpreted).AddYaml(text, "fuzz.yaml").TryBuild();
            AssertLoadedOrLocated(result.Success, result.Diagnostics);
            if (result.Success)
            {
                Assert.NotNull(RuleHarness.Evaluator(result.Value!).Evaluate(strategy));
            }
        }, Math.Max(1, Cases / 4));
    }

    [Fact]
    public void Parse_MutatedWaiverFiles_LoadOrThrowLocatedDiagnostics()
    {
        var document = StrategyDocument.Load(Repository.File("samples", "strategies", "puglia.yaml"));
        Fuzz(WaiverFile, seed: 4, text =>
        {
            WaiverSet waivers;
            try
            {
                waivers = WaiverSet.Parse(text, "fuzz.waivers.yaml");
            }
            catch (WaiverFileException exception)
            {
                AssertLoadedOrLocated(false, exception.Diagnostics);
                return;
            }

            var options = new ComplianceEvaluatorOptions { TimeProvider = new RuleHarness.FixedTime(RuleHarness.Today), Waivers = waivers };
            Assert.NotNull(new ComplianceEvaluator(BuiltIn, options).Evaluate(document));
        });
    }

    [Fact]
    public void RunText_MutatedRuleTestFiles_RunOrReportLocatedDiagnostics()
    {
        var original = File.ReadAllText(Repository.File("rules", "tests", "criterion-2.tests.yaml"));
        var runner = new RuleTestRunner(BuiltIn);
        Fuzz(original, seed: 5, text =>
        {
            var run = runner.RunText(text, "fuzz.tests.yaml");
            Assert.All(run.Diagnostics, d => Assert.NotNull(d.Location));
        }, Math.Max(1, Cases / 4));
    }

    [Fact]
    public void Mutate_ManyCases_CoverEscapesSurrogatesAndNumbers()
    {
        // The targets above rely on these mutations; a change to Mutate that lost one would weaken them silently.
        var random = new Random(6);
        var texts = Enumerable.Range(0, 400).Select(_ => Mutate(Json, random)).ToList();

        Assert.Contains(texts, t => t.Contains("\\ud800", StringComparison.Ordinal) || t.Contains("\\udfff", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("99999999999999999999999999999999", StringComparison.Ordinal) || t.Contains("1e999", StringComparison.Ordinal));
        Assert.Contains(texts, HasLoneSurrogate);
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && (i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1])))
            {
                return true;
            }

            if (char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static void AssertLoadedOrLocated(bool success, IReadOnlyList<Diagnostic> diagnostics)
    {
        Assert.True(success || diagnostics.Count > 0, "failed without a diagnostic");
        Assert.All(diagnostics, d => Assert.NotNull(d.Location));
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : fallback;

    private static void Fuzz(string original, int seed, Action<string> check, int? cases = null)
    {
        seed += SeedOffset;
        var random = new Random(seed);
        for (var i = 0; i < (cases ?? Cases); i++)
        {
            var text = original;
            for (var m = random.Next(1, 4); m > 0; m--)
            {
                text = Mutate(text, random);
            }

            try
            {
                check(text);
            }
            catch (Exception exception)
            {
                var file = Path.Combine(Path.GetTempPath(), $"s3c-fuzz-{seed}-{i}.txt");
                File.WriteAllText(file, text);
                throw new Xunit.Sdk.XunitException($"Case {i} (seed {seed}) failed; the input is in {file}.\n{exception}");
            }
        }
    }

    private static string Mutate(string text, Random random)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var lines = text.Split('\n').ToList();
        var at = random.Next(text.Length);
        switch (random.Next(10))
        {
            case 0: // byte flip
                var noise = "{}[]:,-&*!|>'\"#%@`\t\0\u00e9\ud83d\ude00 7x\\";
                return string.Concat(text.AsSpan(0, at), noise[random.Next(noise.Length)].ToString(), text.AsSpan(at + 1));
            case 1: // truncation
                return text[..at];
            case 2: // key deletion
                lines.RemoveAt(random.Next(lines.Count));
                return string.Join('\n', lines);
            case 3: // key duplication
                var line = random.Next(lines.Count);
                lines.Insert(line, lines[line]);
                return string.Join('\n', lines);
            case 4: // type swap: a value becomes a list, a mapping, a number, a date or nothing
                var target = random.Next(lines.Count);
                var colon = lines[target].IndexOf(": ", StringComparison.Ordinal);
                if (colon > 0)
                {
                    string[] values = ["[1, 2]", "{ a: 1 }", "42", "2027-13-45", "", "~", "true", "-1e999", "\"\\ud800\"", "'   '", "\"\"", "2026-02-29", "0001-01-01", "9999-12-31"];
                    lines[target] = lines[target][..(colon + 2)] + values[random.Next(values.Length)];
                }

                return string.Join('\n', lines);
            case 5: // deep nesting
                var depth = random.Next(20, 200);
                return string.Concat(text.AsSpan(0, at), new string('[', depth) + new string(']', depth), text.AsSpan(at));
            case 6: // an escape, inside a quoted string when there is one
                var quote = text.IndexOf('"', at);
                var into = quote >= 0 ? quote + 1 : at;
                return string.Concat(text.AsSpan(0, into), Escapes[random.Next(Escapes.Length)], text.AsSpan(into));
            case 7: // a number replaced by a literal out of range or in another notation
                var digit = text.IndexOfAny("0123456789".ToCharArray(), at);
                if (digit < 0)
                {
                    return text;
                }

                var end = digit;
                while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is '.' or 'e' or 'E' or '-' or '+'))
                {
                    end++;
                }

                return string.Concat(text.AsSpan(0, digit), Numbers[random.Next(Numbers.Length)], text.AsSpan(end));
            case 8: // a raw lone surrogate (text from an API caller, not from a file)
                var half = random.Next(2) == 0 ? '\ud800' : '\udfff';
                return string.Concat(text.AsSpan(0, at), half.ToString(), text.AsSpan(at));
            default: // duplicate a block of lines elsewhere
                var from = random.Next(lines.Count);
                var count = Math.Min(lines.Count - from, random.Next(1, 6));
                lines.InsertRange(random.Next(lines.Count), lines.GetRange(from, count));
                return string.Join('\n', lines);
        }
    }
}
