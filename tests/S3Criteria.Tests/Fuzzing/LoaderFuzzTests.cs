using System.Globalization;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Fuzzing;

/// <summary>
/// A seeded mutation fuzzer over valid strategy documents (YAML and JSON) and rule files: byte flips, truncation, line
/// deletion and duplication, type swaps and deep nesting. Loading must either succeed or return located diagnostics;
/// no other exception may escape, and a document that loads must evaluate. The number of cases per target is
/// S3C_FUZZ_CASES (default 400 in the test suite; see the README for the long run).
/// </summary>
public sealed class LoaderFuzzTests
{
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("S3C_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 400;
    private static readonly RuleSet BuiltIn = new RuleSetBuilder().AddBuiltInRules().Build();

    [Fact]
    public void TryParse_MutatedYamlStrategies_LoadOrReportLocatedDiagnostics()
    {
        var original = File.ReadAllText(Repository.File("samples", "strategies", "extremadura.yaml"));
        var evaluator = RuleHarness.Evaluator(BuiltIn);
        Fuzz(original, seed: 1, text =>
        {
            var result = StrategyDocument.TryParse(text, filePath: "fuzz.yaml");
            Assert.True(result.Success || result.Diagnostics.Count > 0);
            Assert.All(result.Diagnostics, d => Assert.NotNull(d.Location));
            if (result.Success)
            {
                Assert.NotNull(evaluator.Evaluate(result.Value!));
            }
        });
    }

    [Fact]
    public void TryParse_MutatedJsonStrategies_LoadOrReportLocatedDiagnostics()
    {
        var original = """
            { "id": "s", "title": "T", "region": { "code": "RO21", "name": "Nord-Est", "category": "less-developed", "lagging": "low-income" },
              "period-start": 2021, "period-end": 2027,
              "priorities": [ { "id": "textile", "name": "Textile", "domains": ["textile"], "budget": 100 } ],
              "partnerships": [ { "id": "p", "title": "Textile partnership", "instrument": "s3-thematic-partnership", "status": "active",
                                  "priorities": ["textile"], "end": "2027-12-31", "partners": [ { "name": "Puglia", "country": "IT" } ] } ] }
            """;
        Fuzz(original, seed: 2, text =>
        {
            var result = StrategyDocument.TryParse(text, StrategyDocumentFormat.Json, "fuzz.json");
            Assert.True(result.Success || result.Diagnostics.Count > 0);
            Assert.All(result.Diagnostics, d => Assert.NotNull(d.Location));
        });
    }

    [Fact]
    public void TryBuild_MutatedRuleFiles_LoadOrReportLocatedDiagnostics()
    {
        var original = File.ReadAllText(Repository.File("rules", "criterion-2.yaml"));
        Fuzz(original, seed: 3, text =>
        {
            var result = new RuleSetBuilder().AddYaml(text, "fuzz.yaml").TryBuild();
            Assert.True(result.Success || result.Diagnostics.Count > 0);
            Assert.All(result.Diagnostics, d => Assert.NotNull(d.Location));
        }, Cases / 4);
    }

    private static void Fuzz(string original, int seed, Action<string> check, int? cases = null)
    {
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
        switch (random.Next(7))
        {
            case 0: // byte flip
                var noise = "{}[]:,-&*!|>'\"#%@`\t\0\u00e9\ud83d\ude00 7x";
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
                    string[] values = ["[1, 2]", "{ a: 1 }", "42", "2027-13-45", "", "~", "true", "-1e999"];
                    lines[target] = lines[target][..(colon + 2)] + values[random.Next(values.Length)];
                }

                return string.Join('\n', lines);
            case 5: // deep nesting
                var depth = random.Next(20, 200);
                return string.Concat(text.AsSpan(0, at), new string('[', depth) + new string(']', depth), text.AsSpan(at));
            default: // duplicate a block of lines elsewhere
                var from = random.Next(lines.Count);
                var count = Math.Min(lines.Count - from, random.Next(1, 6));
                lines.InsertRange(random.Next(lines.Count), lines.GetRange(from, count));
                return string.Join('\n', lines);
        }
    }
}
