using System.Text;
using System.Text.RegularExpressions;
using S3Criteria.Documents;
using S3Criteria.Reports;
using S3Criteria.Writers;

namespace S3Criteria.Office.Tests.Writers;

/// <summary>
/// The self-assessment's content on every sample: prose justifications without rule ids, internal names or kebab-case
/// values; criteria that cannot be assessed answered neither yes nor no; improvements after the table, never in a row;
/// documents from the evidence; the CSV with a byte order mark and the chosen separator.
/// </summary>
public sealed partial class SelfAssessmentTableTests
{
    public static TheoryData<string> Samples() => Support.Samples.Names();

    [Theory]
    [MemberData(nameof(Samples))]
    public void Justification_EverySample_HasNoRuleIdKebabValueOrInternalName(string sample)
    {
        var (assessment, report, yaml) = Assess(sample);
        var forbidden = Forbidden(report, yaml);

        Assert.All(assessment.Rows, row =>
        {
            Assert.DoesNotMatch(RuleId(), row.Justification);
            Assert.DoesNotMatch(DottedPath(), row.Justification);
            var kebab = Kebab().Matches(row.Justification).Select(m => m.Value).Where(forbidden.Contains).ToList();
            Assert.True(kebab.Count == 0, $"{row.Criterion}: {string.Join(", ", kebab)} in \"{row.Justification}\"");
            var sentences = Sentence().Count(row.Justification);
            Assert.InRange(sentences, 2, 6);
        });
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Rows_EverySample_ImprovementsOnlyAfterTheTableAndDocumentsFromTheEvidence(string sample)
    {
        var (assessment, report, _) = Assess(sample);
        var advisory = report.Findings.Where(f => f.Severity != Rules.Severity.Blocking && !f.IsWaived).ToList();

        Assert.Equal(advisory.Count, assessment.Improvements.Count);
        Assert.All(assessment.Rows, row => Assert.DoesNotContain(advisory, f => row.Justification.Contains(SelfAssessmentTable.Plain(f.Message).Trim(), StringComparison.Ordinal)));
        Assert.All(assessment.Rows, row => Assert.DoesNotContain(row.Documents, d => d.Contains(".yaml", StringComparison.Ordinal) || d.Contains("SHA-256", StringComparison.Ordinal)));
        Assert.Equal(report.Criteria.Count, assessment.Rows.Count);
    }

    [Fact]
    public void Rows_CannotAssess_SayNeitherYesNorNoAndMarkTheTableIncomplete()
    {
        var yaml = File.ReadAllText(Support.Repository.File("samples", "strategies", "extremadura.yaml")).Replace("  updated: 2024-10-01", string.Empty, StringComparison.Ordinal);
        var document = StrategyDocument.Parse(yaml, filePath: "missing-date.yaml");
        var report = Support.Samples.Evaluate(document);

        var assessment = SelfAssessmentTable.Build(new ReportEntry(report, document), S3Criteria.Localization.Labels.English);

        var row = assessment.Rows.Single(r => r.Criterion.StartsWith("Criterion 1:", StringComparison.Ordinal));
        Assert.Equal(Verdict.CannotAssess, row.Verdict);
        Assert.DoesNotMatch(YesOrNo(), row.Fulfilment);
        Assert.DoesNotMatch(YesOrNo(), row.Justification);
        Assert.Contains("analysis: updated", row.Justification, StringComparison.Ordinal);
        Assert.NotNull(assessment.Incomplete);
        Assert.DoesNotMatch(YesOrNo(), assessment.ConditionFulfilment);
        var csv = new SelfAssessmentCsvWriter().WriteToString(new ReportWriterContext(report, document, Support.Samples.Rules)).Split("\r\n");
        var cells = csv.Single(l => l.Contains(";Criterion 1:", StringComparison.Ordinal)).Split(';');
        Assert.DoesNotMatch(YesOrNo(), cells[3]);
        Assert.DoesNotMatch(YesOrNo(), cells[5]);
    }

    [Fact]
    public void Rows_NotRelevant_GiveTheDocumentsJustification()
    {
        var (assessment, _, _) = Assess("extremadura");

        var row = assessment.Rows.Single(r => r.Criterion.StartsWith("Criterion 6:", StringComparison.Ordinal));

        Assert.Equal("Not relevant", row.Fulfilment);
        Assert.Contains("The analysis finds a small manufacturing base with no sector in structural decline", row.Justification, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_Fulfilled_NameTheDocumentsFactsAndEvidence()
    {
        var (assessment, _, _) = Assess("extremadura");

        var c4 = assessment.Rows.Single(r => r.Criterion.StartsWith("Criterion 4:", StringComparison.Ordinal));
        Assert.Equal("Yes", c4.Fulfilment);
        Assert.Contains("5 of the 6 stakeholders listed take part", c4.Justification, StringComparison.Ordinal);
        Assert.Contains("Working groups of the five priority areas, autumn 2025 round - minutes, of 2025-10-21", c4.Documents);
        var c7 = assessment.Rows.Single(r => r.Criterion.StartsWith("Criterion 7:", StringComparison.Ordinal));
        Assert.Contains("3 partnerships with partners outside ES are running, such as \u201cS3 Energy platform - Solar Energy partnership\u201d with partners in PT, EE, IT, SI, FI", c7.Justification, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(';')]
    [InlineData(',')]
    [InlineData('\t')]
    public void Csv_StartsWithAByteOrderMarkAndHonoursTheSeparator(char separator)
    {
        var document = Support.Samples.Load("extremadura");
        var context = new ReportWriterContext([new ReportEntry(Support.Samples.Evaluate(document), document)], Support.Samples.Rules, new ReportWriterOptions { CsvSeparator = separator });
        using var stream = new MemoryStream();

        new SelfAssessmentCsvWriter().Write(context, stream);

        var bytes = stream.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith($"Enabling condition{separator}Fund{separator}Specific objective{separator}", text, StringComparison.Ordinal);
        Assert.Contains("Fundación", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Context_OtherSeparator_IsRefused()
    {
        var document = Support.Samples.Load("extremadura");

        Assert.Throws<ArgumentException>(() => new ReportWriterContext([new ReportEntry(Support.Samples.Evaluate(document), document)], Support.Samples.Rules, new ReportWriterOptions { CsvSeparator = '|' }));
    }

    internal static (SelfAssessment Assessment, ComplianceReport Report, string Yaml) Assess(string sample)
    {
        var document = Support.Samples.Load(sample);
        var report = Support.Samples.Evaluate(document);
        return (SelfAssessmentTable.Build(new ReportEntry(report, document), S3Criteria.Localization.Labels.English), report, File.ReadAllText(document.FilePath!));
    }

    /// <summary>Internal names: the model's kebab-case values and keys, the rules' evidence and parameter names.</summary>
    private static HashSet<string> Forbidden(ComplianceReport report, string yaml)
    {
        var names = new HashSet<string>(SelfAssessmentTable.KebabValues, StringComparer.Ordinal);
        names.UnionWith(Key().Matches(yaml).Select(m => m.Groups[1].Value));
        names.UnionWith(report.Rules.SelectMany(r => r.Evidence).Concat(report.Findings.SelectMany(f => f.Evidence)).Select(e => e.Name));
        names.UnionWith(Support.Samples.Rules.Parameters.Select(p => p.Name));
        names.RemoveWhere(n => !n.Contains('-', StringComparison.Ordinal));
        Assert.Contains("edp-share", names);
        Assert.Contains("interreg-b", names);
        return names;
    }

    [GeneratedRegex(@"\b(EC1\.1-[A-Z0-9]+|C[1-7]-[0-9]{2}|EC1\.1-[0-9]{2})\b")]
    private static partial Regex RuleId();

    [GeneratedRegex(@"\b[a-z]+\.[a-z][a-z-]*\b")]
    private static partial Regex DottedPath();

    [GeneratedRegex(@"(?<![\w-])[a-z0-9]+(?:-[a-z0-9]+)+(?![\w-])")]
    private static partial Regex Kebab();

    [GeneratedRegex(@"^\s*-?\s*([a-z]+(?:-[a-z]+)+):", RegexOptions.Multiline)]
    private static partial Regex Key();

    [GeneratedRegex(@"[.!?](?=\s|$)")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"\b(yes|no)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YesOrNo();
}
