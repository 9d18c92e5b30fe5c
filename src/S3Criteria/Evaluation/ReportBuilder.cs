using System.Globalization;
using S3Criteria.Diagnostics;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Model;
using S3Criteria.Reports;
using S3Criteria.Rules;
using S3Criteria.Rules.Language;
using S3Criteria.Waivers;

namespace S3Criteria.Evaluation;

/// <summary>
/// Turns what the engine recorded for one evaluation into the report. Messages and evidence are built here, after
/// firing, and only for the rules that failed or could not assess. A rule that went past its work budget (while
/// matching or while its findings were explained) is an error, whatever it recorded. Single use: one builder per evaluation.
/// </summary>
internal sealed class ReportBuilder(RuleSet ruleSet, EvaluationScope scope, EvaluationSink sink, StrategyDocument? document, string language, string toolVersion, WaiverSet waivers, WorkMeter meter)
{
    private readonly SubjectIndex _subjects = new(scope.Strategy, document);
    private readonly WaiverMatcher _waivers = new(waivers, scope.Today);
    private readonly List<(int Rule, int Order, Finding Finding)> _findings = [];
    private readonly List<RuleError> _errors = [];

    /// <summary>Builds the report.</summary>
    /// <returns>The report.</returns>
    public ComplianceReport Build()
    {
        var results = new List<RuleResult>();
        var errorsByRule = sink.Errors.ToLookup(e => e.Rule);
        var failuresByRule = sink.Failures.ToLookup(f => f.Rule, f => f.Subject);
        var missingByRule = sink.MissingData.ToLookup(m => m.Rule, m => m.Subject);
        foreach (var rule in ruleSet.Compiled)
        {
            var (findings, errors) = (_findings.Count, _errors.Count);
            var result = errorsByRule[rule.Index].Any()
                ? Errored(rule, errorsByRule[rule.Index])
                : Judged(rule, failuresByRule[rule.Index], missingByRule[rule.Index]);
            if (meter.IsExhausted(rule.Index))
            {
                // Its loops were cut short, so what it recorded means nothing: only the overrun is reported.
                _findings.RemoveRange(findings, _findings.Count - findings);
                _errors.RemoveRange(errors, _errors.Count - errors);
                result = OverBudget(rule);
            }

            results.Add(result);
        }

        var criteria = Criteria(results);
        var strategy = scope.Strategy;
        return new ComplianceReport(
            strategy.Id,
            strategy.Title,
            strategy.Region.Code.Value,
            VerdictRules.Overall(criteria),
            criteria,
            OrderedFindings(),
            results,
            _errors,
            _waivers.Unused,
            new Provenance(ruleSet, toolVersion, document?.FilePath, document?.ContentHash, scope.Today, language, document?.LineCount));
    }

    private RuleResult Errored(CompiledRule rule, IEnumerable<(int Rule, object? Subject, Exception Exception)> errors)
    {
        var descriptor = rule.Descriptor;
        foreach (var (_, subject, exception) in errors.DistinctBy(e => (e.Subject, e.Exception.Message)))
        {
            _errors.Add(new RuleError(descriptor.Id, subject is null or EvaluationScope ? null : _subjects.SubjectOf(subject), Describe(exception), descriptor.Source));
        }

        return new RuleResult(descriptor, RuleOutcome.Error, SubjectsChecked(rule), [], language);
    }

    private RuleResult OverBudget(CompiledRule rule)
    {
        var descriptor = rule.Descriptor;
        var message = Messages.WorkLimitExceeded.Format(("rule", descriptor.Id), ("limit", meter.Limit), ("location", descriptor.Source));
        _errors.Add(new RuleError(descriptor.Id, null, message, descriptor.Source));
        return new RuleResult(descriptor, RuleOutcome.Error, SubjectsChecked(rule), [], language);
    }

    private RuleResult Judged(CompiledRule rule, IEnumerable<object> failed, IEnumerable<object> missingData)
    {
        var descriptor = rule.Descriptor;
        var first = _findings.Count; // this rule's findings are appended from here on
        foreach (var subject in failed.Distinct())
        {
            var who = _subjects.SubjectOf(subject);
            var (waiver, waived) = _waivers.Match(descriptor.Id, who);
            var finding = new Finding(descriptor, FindingStatus.Failed, who, rule.Message.Render(scope, subject, language), Evidence(rule, subject), descriptor.Rationale?.Get(language), rule.Recommendation?.Render(scope, subject, language), [], waiver, waived, ParametersOf(descriptor));
            _findings.Add((rule.Index, _subjects.OrderOf(subject), finding));
        }

        foreach (var subject in missingData.Distinct())
        {
            var missing = rule.Needs.Where(n => !Safe(() => n.Present.Value(scope, subject))).Select(n => n.Path).ToList();
            AddMissing(rule, subject, missing);
        }

        if (!rule.HasAppliesWhen && !ModelSchema.Subject(descriptor.SubjectKind).IsStated(scope.Strategy))
        {
            // A rule about each item of a collection the document does not state: nothing to judge, and not "none".
            // (A rule with applies-when, which only some items would meet, is not applicable instead: it cannot
            // tell whether any item would, and the strategy-level rules that need the collection cannot assess.)
            AddMissing(rule, scope.Strategy, [ModelSchema.Subject(descriptor.SubjectKind).Collection!.Name]);
        }

        var own = _findings.Skip(first).Select(f => f.Finding).ToList();
        var open = own.Where(f => !f.IsWaived).ToList();
        var outcome = open.Any(f => f.Status == FindingStatus.Failed) ? RuleOutcome.Failed
            : open.Count > 0 ? RuleOutcome.CannotAssess
            : own.Count > 0 ? RuleOutcome.Waived
            : rule.HasAppliesWhen && !sink.IsApplicable(rule.Index) ? RuleOutcome.NotApplicable
            : SubjectsChecked(rule) == 0 ? RuleOutcome.NotApplicable // nothing to judge is never a pass
            : RuleOutcome.Passed;
        var evidence = outcome == RuleOutcome.Passed && descriptor.SubjectKind == SubjectKind.Strategy ? Evidence(rule, scope.Strategy) : [];
        return new RuleResult(descriptor, outcome, SubjectsChecked(rule), evidence, language);
    }

    private void AddMissing(CompiledRule rule, object subject, IReadOnlyList<string> missing)
    {
        var descriptor = rule.Descriptor;
        var text = string.Create(CultureInfo.InvariantCulture, $"Cannot assess: the document does not give {string.Join(", ", missing)}.");
        var who = _subjects.SubjectOf(subject);
        var (waiver, waived) = _waivers.Match(descriptor.Id, who);
        _findings.Add((rule.Index, _subjects.OrderOf(subject), new Finding(descriptor, FindingStatus.CannotAssess, who, text, [], descriptor.Rationale?.Get(language), $"Add {string.Join(", ", missing)} to the strategy document.", missing, waiver, waived, ParametersOf(descriptor))));
    }

    private List<RuleParameterDescriptor> ParametersOf(RuleDescriptor rule) =>
        [.. rule.Parameters.Select(name => ruleSet.Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal))).OfType<RuleParameterDescriptor>()];

    private int SubjectsChecked(CompiledRule rule) => ModelSchema.Subject(rule.Descriptor.SubjectKind).Count(scope.Strategy);

    private List<CriterionResult> Criteria(List<RuleResult> results)
    {
        var criteria = new List<CriterionResult>();
        foreach (var criterion in ruleSet.Criteria)
        {
            var ofCriterion = results.Where(r => r.CriterionId == criterion.Id).ToList();
            var (verdict, decidedBy) = VerdictRules.ForCriterion(criterion, ofCriterion);
            var improvements = _findings.Count(f => f.Finding.CriterionId == criterion.Id && f.Finding.Severity < Severity.Blocking && !f.Finding.IsWaived);
            criteria.Add(new CriterionResult(criterion.Id, criterion.Title.Get(language), verdict, decidedBy, ofCriterion.Count(r => r.Outcome == RuleOutcome.Passed), ofCriterion.Count(r => r.Outcome == RuleOutcome.Failed), improvements, criterion.IsPrecondition));
        }

        return criteria;
    }

    /// <summary>Orders findings by criterion (in rule-set order), rule, subject (in document order), then status.</summary>
    private List<Finding> OrderedFindings()
    {
        var criterionOrder = ruleSet.Criteria.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return _findings
            .OrderBy(f => criterionOrder.GetValueOrDefault(f.Finding.CriterionId))
            .ThenBy(f => f.Rule)
            .ThenBy(f => f.Order)
            .ThenBy(f => f.Finding.Status)
            .Select(f => f.Finding)
            .ToList();
    }

    private List<EvidenceItem> Evidence(CompiledRule rule, object subject) =>
        [.. rule.Evidence.Select(e => new EvidenceItem(e.Name, FormatSafely(() => e.Value.Value(scope, subject))))];

    private static string FormatSafely(Func<object?> value)
    {
        try
        {
            return ValueFormatter.Format(value());
        }
#pragma warning disable CA1031 // Evidence is explanatory: a value that cannot be computed is shown as such.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return $"(cannot be computed: {exception.Message})";
        }
    }

    private static bool Safe(Func<bool> test)
    {
        try
        {
            return test();
        }
#pragma warning disable CA1031 // A failing presence test means the data is not there.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    private static string Describe(Exception exception) =>
        EngineSession.Describe(exception);
}
