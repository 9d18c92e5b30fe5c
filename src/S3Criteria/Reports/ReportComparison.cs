namespace S3Criteria.Reports;

/// <summary>
/// Two evaluations of a strategy compared, the earlier draft against the later one (<c>s3criteria diff</c>): each
/// criterion with its verdict before and after, and each rule once, with its outcome and its open findings before and
/// after. A criterion <see cref="CriterionChange.Regressed">regresses</see> only when it was fulfilled or not
/// applicable and is not fulfilled after; a change to or from cannot assess is a
/// <see cref="CriterionChange.AssessabilityChanged">change of assessability</see>, never a regression, so adding data
/// that shows a criterion not fulfilled does not fail a gate. Findings are matched by rule and subject (kind and
/// identifier); waived findings are not open and are left out.
/// </summary>
/// <threadsafety static="true" instance="true"/>
public sealed class ReportComparison
{
    private ReportComparison(ComplianceReport before, ComplianceReport after, IReadOnlyList<CriterionComparison> criteria, IReadOnlyList<RuleComparison> rules)
    {
        Before = before;
        After = after;
        Criteria = criteria;
        Rules = rules;
        var findings = rules.SelectMany(r => r.Findings).ToList();
        Fixed = findings.Count(f => f.Change == FindingChange.Fixed);
        New = findings.Count(f => f.Change == FindingChange.New);
        StillOpen = findings.Count(f => f.Change == FindingChange.StillOpen);
        AssessabilityChanged = findings.Count(f => f.Change == FindingChange.AssessabilityChanged);
    }

    /// <summary>Gets the earlier evaluation.</summary>
    public ComplianceReport Before { get; }

    /// <summary>Gets the later evaluation.</summary>
    public ComplianceReport After { get; }

    /// <summary>Gets every criterion of either evaluation: the later one's in its order, then those only in the earlier one.</summary>
    public IReadOnlyList<CriterionComparison> Criteria { get; }

    /// <summary>Gets every rule of either evaluation, once each: the later one's in its order, then those only in the earlier one.</summary>
    public IReadOnlyList<RuleComparison> Rules { get; }

    /// <summary>Gets the rules whose outcome or findings changed.</summary>
    public IEnumerable<RuleComparison> ChangedRules => Rules.Where(r => r.IsChanged);

    /// <summary>Gets a value indicating whether a criterion regressed (fulfilled or not applicable before, not fulfilled after).</summary>
    public bool HasRegression => Criteria.Any(c => c.Change == CriterionChange.Regressed);

    /// <summary>Gets how many findings were open before and are not after.</summary>
    public int Fixed { get; }

    /// <summary>Gets how many findings are open after and were not before.</summary>
    public int New { get; }

    /// <summary>Gets how many findings are open before and after with the same status.</summary>
    public int StillOpen { get; }

    /// <summary>Gets how many findings are open before and after, once cannot assess and once failed.</summary>
    public int AssessabilityChanged { get; }

    /// <summary>Compares two evaluations of a strategy.</summary>
    /// <param name="before">The evaluation of the earlier draft.</param>
    /// <param name="after">The evaluation of the later draft.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="before"/> or <paramref name="after"/> is <see langword="null"/>.</exception>
    public static ReportComparison Compare(ComplianceReport before, ComplianceReport after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);

        var earlierCriteria = before.Criteria.ToDictionary(c => c.CriterionId, StringComparer.Ordinal);
        var laterCriteria = after.Criteria.Select(c => c.CriterionId).ToHashSet(StringComparer.Ordinal);
        var criteria = after.Criteria
            .Select(c => new CriterionComparison(c.CriterionId, c.Title, earlierCriteria.GetValueOrDefault(c.CriterionId)?.Verdict, c.Verdict))
            .Concat(before.Criteria.Where(c => !laterCriteria.Contains(c.CriterionId)).Select(c => new CriterionComparison(c.CriterionId, c.Title, c.Verdict, null)))
            .ToList();

        var earlierFindings = Open(before);
        var laterFindings = Open(after);
        var earlierRules = before.Rules.ToDictionary(r => r.RuleId, StringComparer.Ordinal);
        var laterRules = after.Rules.Select(r => r.RuleId).ToHashSet(StringComparer.Ordinal);
        var rules = after.Rules
            .Select(r => Rule(r.RuleId, r.CriterionId, r.Severity, earlierRules.GetValueOrDefault(r.RuleId)?.Outcome, r.Outcome, earlierFindings, laterFindings))
            .Concat(before.Rules.Where(r => !laterRules.Contains(r.RuleId)).Select(r => Rule(r.RuleId, r.CriterionId, r.Severity, r.Outcome, null, earlierFindings, laterFindings)))
            .ToList();
        return new ReportComparison(before, after, criteria, rules);
    }

    private static RuleComparison Rule(string ruleId, string criterionId, Rules.Severity severity, RuleOutcome? before, RuleOutcome? after, ILookup<string, (string Key, Finding Finding)> earlier, ILookup<string, (string Key, Finding Finding)> later)
    {
        var old = earlier[ruleId].ToDictionary(f => f.Key, f => f.Finding, StringComparer.Ordinal);
        var current = later[ruleId].ToList();
        var seen = current.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var findings = current
            .Select(f => new FindingComparison(old.GetValueOrDefault(f.Key), f.Finding))
            .Concat(earlier[ruleId].Where(f => !seen.Contains(f.Key)).Select(f => new FindingComparison(f.Finding, null)))
            .ToList();
        return new RuleComparison(ruleId, criterionId, severity, before, after, findings);
    }

    /// <summary>The open findings by rule, each keyed by its subject; a second finding of a rule on the same subject gets its own key.</summary>
    private static ILookup<string, (string Key, Finding Finding)> Open(ComplianceReport report)
    {
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyed = new List<(string Key, Finding Finding)>();
        foreach (var finding in report.Findings.Where(f => !f.IsWaived))
        {
            var subject = $"{finding.Subject.Kind}\u001f{finding.Subject.Id}";
            var count = occurrences.GetValueOrDefault(finding.RuleId + "\u001f" + subject);
            occurrences[finding.RuleId + "\u001f" + subject] = count + 1;
            keyed.Add((count == 0 ? subject : $"{subject}\u001f{count}", finding));
        }

        return keyed.ToLookup(k => k.Finding.RuleId, StringComparer.Ordinal);
    }
}
