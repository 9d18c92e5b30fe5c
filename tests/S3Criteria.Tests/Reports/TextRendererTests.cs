using System.Text;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Reports;
using S3Criteria.Writers;
using static S3Criteria.Tests.Support.RuleHarness;

namespace S3Criteria.Tests.Reports;

/// <summary>
/// The one text renderer: texts rendered on first read, and the length caps that keep a report proportional to its
/// number of findings (issue 13, first defect: C7-18 listed every 10 KB stakeholder name for every priority).
/// </summary>
public sealed class TextRendererTests
{
    private const int Priorities = 400;
    private const int Stakeholders = 100;
    private const int NameLength = 10_000;

    private static readonly Lazy<RuleSet> BuiltIn = new(() => new RuleSetBuilder().AddBuiltInRules().Build());

    /// <summary>About 1.2 MB: 400 priority areas, 100 research stakeholders with 10 KB names linked to every one of them.</summary>
    private static string HostileStrategy()
    {
        var text = new StringBuilder(BaseStrategy);
        text.AppendLine("priorities:");
        for (var p = 0; p < Priorities; p++)
        {
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  - {{ id: p{p}, name: Priority {p}, domains: [agri-food] }}");
        }

        text.AppendLine("partnerships: []");
        var all = string.Join(", ", Enumerable.Range(0, Priorities).Select(p => $"p{p}"));
        text.AppendLine("stakeholders:");
        for (var s = 0; s < Stakeholders; s++)
        {
            var name = $"S{s:000} " + new string('x', NameLength);
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  - {{ id: s{s}, name: {name}, helix: research, edp-participant: true, priorities: [{all}] }}");
        }

        return text.ToString();
    }

    [Fact]
    public void Evaluate_HostileStakeholderNames_ReportSizeAndAllocationsBounded()
    {
        var document = StrategyDocument.Parse(HostileStrategy(), filePath: "strategy.yaml");
        var evaluator = Evaluator(BuiltIn.Value);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var report = evaluator.Evaluate(document);
        var json = ComplianceReportJson.Serialize(report);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var c718 = report.Findings.Where(f => f.RuleId == "C7-18").ToList();
        Assert.Equal(Priorities, c718.Count);
        Assert.All(c718, f =>
        {
            Assert.InRange(f.Message.Length, 1, TextRenderer.MaxTextLength + 1);
            Assert.Contains($"and {Stakeholders - TextRenderer.MaxListItems} more", f.Message, StringComparison.Ordinal);
            Assert.InRange(f.Recommendation!.Length, 1, TextRenderer.MaxTextLength + 1);
            Assert.All(f.Evidence, e => Assert.InRange(e.Value.Length, 0, (TextRenderer.MaxListItems + 1) * (TextRenderer.MaxItemLength + 3)));
        });

        // Uncapped, C7-18 printed all 100 names (1 MB) three times per priority: this document ran out of memory at
        // 9.5 GB, and a 1 MB variant wrote 301 MB of JSON (issue 13). Capped, each of its texts holds at most 10 names
        // of at most 200 characters (measured: 5.8 MB of JSON for 2,027 findings, 99 MB allocated in all).
        Assert.InRange(json.Length, 1, report.Findings.Count * 16_384);
        Assert.InRange(json.Length, 1, 32 * 1024 * 1024);
        Assert.InRange(allocated, 1, 256L * 1024 * 1024);
    }

    [Fact]
    public void Evaluate_TextsNotRead_AreNotRendered()
    {
        var document = StrategyDocument.Parse(HostileStrategy(), filePath: "strategy.yaml");
        var evaluator = Evaluator(BuiltIn.Value);
        _ = evaluator.Evaluate(document); // warm: compiled delegates, indexes of the rule set

        var before = GC.GetAllocatedBytesForCurrentThread();
        var report = evaluator.Evaluate(document);
        var verdictsOnly = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        var messages = report.Findings.Sum(f => f.Message.Length + (f.Recommendation?.Length ?? 0) + f.Evidence.Sum(e => e.Value.Length));
        var texts = GC.GetAllocatedBytesForCurrentThread() - before;

        // 400 C7-18 messages, recommendations and evidence lists of ten 200-character names: at least 2 MB of text.
        Assert.InRange(messages, Priorities * 3 * TextRenderer.MaxListItems * TextRenderer.MaxItemLength, int.MaxValue);
        Assert.InRange(texts, 2L * messages, long.MaxValue);
        Assert.InRange(verdictsOnly, 1, texts / 2);
    }

    [Fact]
    public void Message_ReadTwice_IsRenderedOnce()
    {
        var report = Evaluate(RuleFile("""
              - id: R
                title: Test rule
                severity: blocking
                for-each: priority
                require: priority.budget > 10
                message: "{priority.name} has {priority.budget}"
            """), """
            priorities:
              - { id: a, name: A, budget: 5 }

            """);

        var finding = Assert.Single(report.Findings);
        Assert.Equal("A has 5", finding.Message);
        Assert.Same(finding.Message, finding.Message);
        Assert.Same(finding.Evidence, finding.Evidence);
    }

    [Theory]
    [InlineData(5, "n0, n1, n2, n3, n4")]
    [InlineData(12, "n0, n1, n2, n3, n4, n5, n6, n7, n8, n9, \u2026 and 2 more")]
    public void Value_List_CapsItemsWithCountOfRest(int count, string expected)
    {
        var list = Enumerable.Range(0, count).Select(i => $"n{i}").ToList();

        Assert.Equal(expected, TextRenderer.Value(list));
    }

    [Fact]
    public void Value_LongText_IsCutWithEllipsisNotInsideSurrogatePair()
    {
        var text = new string('a', TextRenderer.MaxValueLength - 1) + "\U0001F600" + "tail";

        var value = TextRenderer.Value(text);

        Assert.Equal(new string('a', TextRenderer.MaxValueLength - 1) + "\u2026", value);
    }

    [Fact]
    public void Value_LongListItem_IsCut()
    {
        var value = TextRenderer.Value(new List<string> { new('n', 5_000), "short" });

        Assert.Equal(new string('n', TextRenderer.MaxItemLength) + "\u2026, short", value);
    }
}
