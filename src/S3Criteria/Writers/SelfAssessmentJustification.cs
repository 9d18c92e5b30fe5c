using S3Criteria.Reports;
using static S3Criteria.Writers.SelfAssessmentPhrases;

namespace S3Criteria.Writers;

/// <summary>
/// Writes the justification of a self-assessment row as prose: two to six sentences per criterion, from what the
/// document states (<see cref="SelfAssessmentFacts"/>), the blocking rules that passed, and the blocking findings, in
/// their messages' own words (names and numbers from the document). p.No rule ids, no internal names, no kebab-case
/// values; improvements (advisory findings) are not written here but after the table.
/// </summary>
internal static class SelfAssessmentJustification
{
    private const int MaxSentences = 6;
    private const int MaxFindings = 3;

    public static string Write(ComplianceReport report, Model.Strategy? strategy, CriterionResult criterion, int? number, SelfAssessmentPhrases p)
    {
        var rules = report.Rules.Where(r => string.Equals(r.CriterionId, criterion.CriterionId, StringComparison.Ordinal) && r.Severity == Rules.Severity.Blocking).ToList();
        var findings = report.Findings.Where(f => string.Equals(f.CriterionId, criterion.CriterionId, StringComparison.Ordinal) && f.Severity == Rules.Severity.Blocking).ToList();
        var sentences = new List<string>();
        switch (criterion.Verdict)
        {
            case Verdict.NotApplicable:
                sentences.Add(NotRelevantReason(strategy, number, p));
                sentences.Add(p.WhereRelevant);
                break;
            case Verdict.Fulfilled:
                sentences.Add(p.Met);
                sentences.AddRange(Facts(report, strategy, criterion, number, p).Take(3));
                sentences.AddRange(rules.Where(r => r.Outcome == RuleOutcome.Passed).Select(r => Fill(p.Checked, ("title", Plain(r.Title)))));
                break;
            case Verdict.NotFulfilled:
                sentences.Add(p.NotMet);
                var failed = Open(findings.Where(f => f.Status == FindingStatus.Failed), p).ToList();
                sentences.AddRange(failed);
                // One fact from the document when a single failed check would leave the row at two sentences.
                sentences.AddRange(Facts(report, strategy, criterion, number, p).Take(failed.Count > 1 ? 0 : 1));
                break;
            default:
                sentences.Add(p.NotAssessed);
                sentences.AddRange(findings.Where(f => f.Status == FindingStatus.CannotAssess && !f.IsWaived).Take(MaxFindings).Select(f =>
                    Fill(p.Missing, ("check", InSentence(p.Missing, Plain(RuleTitle(report, f.RuleId)))), ("fields", string.Join("; ", f.MissingData.Select(Field))))));
                sentences.AddRange(rules.Where(r => r.Outcome == RuleOutcome.Error).Select(r => Fill(p.RuleNotEvaluated, ("check", InSentence(p.RuleNotEvaluated, Plain(r.Title))))));
                break;
        }

        sentences.AddRange(findings.Where(f => f.IsWaived && f.Waiver is not null).Take(1).Select(f => Fill(p.Waived, ("reason", Plain(f.Waiver!.Reason.TrimEnd('.'))))));
        return string.Join(" ", sentences.Distinct(StringComparer.Ordinal).Take(MaxSentences));
    }

    /// <summary>A field the document does not give, as a reader finds it in the document: <c>monitoring: evaluation planned</c>.</summary>
    internal static string Field(string path)
    {
        var parts = path.Split('.', StringSplitOptions.RemoveEmptyEntries);
        var start = parts.Length > 1 && string.Equals(parts[0], "strategy", StringComparison.Ordinal) ? 1 : 0;
        return string.Join(": ", parts.Skip(start).Select(p => p.Replace('-', ' ')));
    }

    private static IEnumerable<string> Open(IEnumerable<Finding> failed, SelfAssessmentPhrases p)
    {
        var open = failed.Where(f => !f.IsWaived).Select(f => Plain(f.Message.Trim())).Distinct(StringComparer.Ordinal).ToList();
        foreach (var message in open.Take(MaxFindings))
        {
            yield return message.EndsWith('.') ? message : message + ".";
        }

        if (open.Count > MaxFindings)
        {
            yield return p.FillCounted(p.MoreFindings, ("count", Count(open.Count - MaxFindings)));
        }
    }

    private static string NotRelevantReason(Model.Strategy? strategy, int? number, SelfAssessmentPhrases p)
    {
        var justification = number switch
        {
            5 => strategy?.Needs.ResearchInnovationSystemJustification,
            6 => strategy?.Needs.IndustrialTransitionJustification,
            _ => null,
        };
        return string.IsNullOrWhiteSpace(justification)
            ? p.NotRelevantGeneric
            : Fill(p.NotRelevantStated, ("justification", Plain(Sentence(justification))));
    }

    private static IEnumerable<string> Facts(ComplianceReport report, Model.Strategy? strategy, CriterionResult criterion, int? number, SelfAssessmentPhrases p) =>
        strategy is null ? [] : SelfAssessmentFacts.Of(strategy, report.Provenance.EvaluationDate, criterion.IsPrecondition ? 0 : number, p);

    private static string RuleTitle(ComplianceReport report, string ruleId) =>
        report.Rules.FirstOrDefault(r => string.Equals(r.RuleId, ruleId, StringComparison.Ordinal))?.Title ?? ruleId;

    private static string Plain(string text) => SelfAssessmentTable.Plain(text);

    private static string Sentence(string text)
    {
        var trimmed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return trimmed.EndsWith('.') ? trimmed : trimmed + ".";
    }

    /// <summary>A title inside a sentence: its first letter lower case, unless the first word is a name (two capitals).</summary>
    /// <summary>
    /// A rule title as a phrase's <c>{check}</c>: with a lower-case first letter where the phrase runs it into its own
    /// words ("To check that {check}"), as written where the phrase quotes it ("la verifica «{check}»", "die Prüfung
    /// „{check}“"), so a German noun keeps its capital.
    /// </summary>
    private static string InSentence(string phrase, string title)
    {
        var at = phrase.IndexOf("{check}", StringComparison.Ordinal);
        var runsOn = at >= 2 && phrase[at - 1] == ' ' && char.IsLetter(phrase[at - 2]);
        return runsOn ? LowerFirst(title) : title;
    }

    private static string LowerFirst(string title) =>
        title.Length > 1 && char.IsUpper(title[0]) && !char.IsUpper(title[1]) ? char.ToLowerInvariant(title[0]) + title[1..] : title;
}
