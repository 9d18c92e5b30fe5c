using System.Globalization;
using S3Criteria.Localization;
using S3Criteria.Model;
using S3Criteria.Reports;
using static S3Criteria.Writers.SelfAssessmentPhrases;

namespace S3Criteria.Writers;

/// <summary>
/// Drafts the self-assessment in the layout programmes use to report thematic enabling conditions (table 12 of the
/// programme template, Regulation (EU) 2021/1060, Annex V): per criterion, fulfilment yes/no, the documents relied on
/// (from the strategy's evidence), and a justification written as prose (<see cref="SelfAssessmentJustification"/>).
/// A criterion that cannot be assessed is answered neither yes nor no, and the whole table is marked incomplete;
/// improvements are listed after the table, never inside a row. The content only: the writers lay it out.
/// </summary>
internal static class SelfAssessmentTable
{
    /// <summary>Drafts the self-assessment of one report.</summary>
    /// <param name="entry">The report, with the strategy it was computed from when at hand.</param>
    /// <param name="labels">The words of the report's language.</param>
    public static SelfAssessment Build(ReportEntry entry, Labels labels)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(labels);
        var p = new SelfAssessmentPhrases(labels);
        var report = entry.Report;
        var strategy = entry.Strategy;
        var rows = report.Criteria.Where(c => !c.IsPrecondition).Concat(report.Criteria.Where(c => c.IsPrecondition))
            .Select(c => Row(report, strategy, c, p))
            .ToList();
        var unassessed = rows.Count(r => r.Verdict == Verdict.CannotAssess);
        var date = Date(report.Provenance.EvaluationDate);
        List<string> about =
        [
            Fill(p.Strategy, ("title", report.StrategyTitle)),
            Fill(p.RegionLine, ("name", strategy?.Region.Name ?? report.RegionCode), ("code", report.RegionCode)),
            Fill(p.EvaluationDate, ("date", date)),
            Fill(p.RuleSet, ("id", report.Provenance.RuleSetId), ("version", report.Provenance.RuleSetVersion), ("tool", report.Provenance.ToolVersion)),
        ];
        return new SelfAssessment
        {
            StrategyTitle = report.StrategyTitle,
            About = about,
            EvaluationDate = date,
            ConditionFulfilment = report.Verdict switch
            {
                Verdict.Fulfilled => p.Yes,
                Verdict.NotFulfilled => p.No,
                _ => p.ConditionIncomplete,
            },
            Incomplete = unassessed == 0 ? null : p.FillCounted(p.Incomplete, ("count", Count(unassessed)), ("total", Count(rows.Count))),
            Rows = rows,
            Improvements = Improvements(report, p),
            Phrases = p,
        };
    }

    /// <summary>The number of a fulfilment criterion (<c>EC1.1-C3</c> is 3), or <see langword="null"/> for another id.</summary>
    internal static int? Number(string criterionId)
    {
        var at = criterionId.LastIndexOf("-C", StringComparison.Ordinal);
        return at >= 0 && int.TryParse(criterionId.AsSpan(at + 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    /// <summary>Document text without the model's kebab-case values: a message's <c>interreg-b</c> reads <c>interreg b</c>.</summary>
    internal static string Plain(string text)
    {
        foreach (var value in KebabValues)
        {
            if (text.Contains(value, StringComparison.Ordinal))
            {
                text = text.Replace(value, value.Replace('-', ' '), StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>The kebab-case values of the model's choices (instruments, helices, action and evidence types...), longest first.</summary>
    internal static IReadOnlyList<string> KebabValues { get; } =
    [
        .. typeof(Strategy).Assembly.GetTypes()
            .Where(t => t.IsEnum && t.IsPublic && string.Equals(t.Namespace, typeof(Strategy).Namespace, StringComparison.Ordinal))
            .SelectMany(Naming.EnumNames)
            .Where(n => n.Contains('-', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(n => n.Length),
    ];

    private static SelfAssessmentRow Row(ComplianceReport report, Model.Strategy? strategy, CriterionResult criterion, SelfAssessmentPhrases p)
    {
        var number = Number(criterion.CriterionId);
        var name = criterion.IsPrecondition || number is null
            ? Fill(p.Precondition, ("title", criterion.Title))
            : Fill(p.Criterion, ("number", Count(number.Value)), ("title", criterion.Title));
        return new SelfAssessmentRow
        {
            Criterion = name,
            Verdict = criterion.Verdict,
            Fulfilment = criterion.Verdict switch
            {
                Verdict.Fulfilled => p.Yes,
                Verdict.NotFulfilled => p.No,
                Verdict.NotApplicable => p.NotRelevant,
                _ => p.CannotAssess,
            },
            Documents = Documents(strategy, criterion, number, p),
            Justification = SelfAssessmentJustification.Write(report, strategy, criterion, number, p),
        };
    }

    private static List<string> Documents(Model.Strategy? strategy, CriterionResult criterion, int? number, SelfAssessmentPhrases p)
    {
        var documents = (strategy?.Evidence ?? [])
            .Where(e => criterion.IsPrecondition ? e.Type is EvidenceType.Strategy or EvidenceType.LegalAct : number is { } n && e.Criteria.Contains(n))
            .Select(d => Describe(d, p))
            .ToList();
        return documents.Count > 0 ? documents : [p.NoDocument];
    }

    private static string Describe(EvidenceDocument document, SelfAssessmentPhrases p)
    {
        List<string> parts = [document.Title];
        if (!string.IsNullOrWhiteSpace(document.Reference))
        {
            parts.Add(Fill(p.DocumentReference, ("reference", document.Reference)));
        }

        if (document.Date is { } date)
        {
            parts.Add(Fill(p.DocumentDate, ("date", Date(date))));
        }

        if (!string.IsNullOrWhiteSpace(document.Url))
        {
            parts.Add(document.Url);
        }

        return string.Join(", ", parts);
    }

    private static List<(string, string)> Improvements(ComplianceReport report, SelfAssessmentPhrases p)
    {
        var titles = report.Criteria.ToDictionary(c => c.CriterionId, c => Number(c.CriterionId) is { } n && !c.IsPrecondition ? Fill(p.CriterionShort, ("number", Count(n))) : p.PreconditionShort, StringComparer.Ordinal);
        var order = report.Criteria.Select((c, i) => (c.CriterionId, i)).ToDictionary(x => x.CriterionId, x => x.i, StringComparer.Ordinal);
        return
        [
            .. report.Findings
                .Where(f => f.Severity < Rules.Severity.Blocking && !f.IsWaived)
                .OrderBy(f => order.GetValueOrDefault(f.CriterionId, int.MaxValue))
                .Select(f => (titles.GetValueOrDefault(f.CriterionId, f.CriterionId), Plain(f.Message))),
        ];
    }
}
