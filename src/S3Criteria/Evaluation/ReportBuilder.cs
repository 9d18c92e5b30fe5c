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
/// Turns what the engine recorded for one evaluation into the report: which matched subjects lack data and which fail,
/// each rule's outcome, the verdicts. Texts are not rendered here: each finding renders its own when first read
/// (<see cref="RuleTexts"/>, through the one <see cref="TextRenderer"/>). A rule that went past its work budget while
/// matching is an error, whatever it recorded. Single use: one builder per evaluation.
/// </summary>
internal sealed class ReportBuilder(RuleSet ruleSet, EvaluationScope scope, EvaluationSink sink, StrategyDocument? document, string language, string toolVersion, WaiverSet waivers, WorkMeter meter)
{
    private readonly SubjectIndex _subjects = new(scope.Strategy, document);
    private readonly WaiverMatcher _waivers = new(waivers, scope.Today);
    private readonly TextRenderer _renderer = new(language);
    private readonly List<(int Rule, int Order, Finding Finding)> _findings = [];
    private readonly List<RuleError> _errors = [];

    /// <summary>Builds the report.</summary>
    /// <returns>The report.</returns>
    public ComplianceReport Build()
    {
        var rules = ruleSet.Compiled;
        var results = new List<RuleResult>(rules.Count);
        var errorsByRule = sink.Errors.Count == 0 ? null : sink.Errors.ToLookup(e => e.Rule);
        var matchesByRule = Group(sink.Matches, rules.Count);
        foreach (var rule in rules)
        {
            var (findings, errors) = (_findings.Count, _errors.Count);
            var result = errorsByRule is not null && errorsByRule[rule.Index].Any()
                ? Errored(rule, errorsByRule[rule.Index])
                : Judged(rule, matchesByRule[rule.Index]);
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
            new Provenance(ruleSet, toolVersion, document?.FilePath, document?.ContentHash, scope.Today, _renderer.Language, document?.LineCount, _renderer.FallbackTexts(ruleSet)));
    }

    /// <summary>The subjects each rule matched, in the order the engine matched them.</summary>
    private static List<object>?[] Group(List<(int Rule, object Subject)> matches, int rules)
    {
        var byRule = new List<object>?[rules];
        foreach (var (rule, subject) in matches)
        {
            (byRule[rule] ??= []).Add(subject);
        }

        return byRule;
    }

    private RuleResult Errored(CompiledRule rule, IEnumerable<(int Rule, object? Subject, Exception Exception)> errors)
    {
        var descriptor = rule.Descriptor;
        foreach (var (_, subject, exception) in errors.DistinctBy(e => (e.Subject, e.Exception.Message)))
        {
            _errors.Add(new RuleError(descriptor.Id, subject is null or EvaluationScope ? null : _subjects.SubjectOf(subject), EngineSession.Describe(exception), descriptor.Source));
        }

        return new RuleResult(descriptor, RuleOutcome.Error, SubjectsChecked(rule), null, _renderer.Language);
    }

    private RuleResult OverBudget(CompiledRule rule)
    {
        var descriptor = rule.Descriptor;
        var message = Messages.WorkLimitExceeded.Format(("rule", descriptor.Id), ("limit", meter.Limit), ("location", descriptor.Source));
        _errors.Add(new RuleError(descriptor.Id, null, message, descriptor.Source));
        return new RuleResult(descriptor, RuleOutcome.Error, SubjectsChecked(rule), null, _renderer.Language);
    }

    private RuleResult Judged(CompiledRule rule, List<object>? matched)
    {
        var descriptor = rule.Descriptor;
        var first = _findings.Count; // this rule's findings are appended from here on
        foreach (var subject in matched is null ? [] : matched.Count == 1 ? matched : matched.Distinct(ReferenceEqualityComparer.Instance))
        {
            // A match lacks data the rule needs, or fails its requirement (the needs are tested first).
            List<string>? missing = null;
            foreach (var (path, present) in rule.Needs)
            {
                if (!Safe(present, subject))
                {
                    (missing ??= []).Add(path);
                }
            }

            Add(rule, subject, missing);
        }

        if (!rule.HasAppliesWhen && !ModelSchema.Subject(descriptor.SubjectKind).IsStated(scope.Strategy))
        {
            // A rule about each item of a collection the document does not state: nothing to judge, and not "none".
            // (A rule with applies-when, which only some items would meet, is not applicable instead: it cannot
            // tell whether any item would, and the strategy-level rules that need the collection cannot assess.)
            Add(rule, scope.Strategy, [ModelSchema.Subject(descriptor.SubjectKind).Collection!.Name]);
        }

        var outcome = Outcome(rule, first);
        var texts = outcome == RuleOutcome.Passed && descriptor.SubjectKind == SubjectKind.Strategy && rule.Evidence.Count > 0
            ? new RuleTexts(_renderer, rule, scope, scope.Strategy, null, meter.Limit)
            : null;
        return new RuleResult(descriptor, outcome, SubjectsChecked(rule), texts, _renderer.Language);
    }

    private RuleOutcome Outcome(CompiledRule rule, int first)
    {
        var failed = false;
        var open = false;
        for (var i = first; i < _findings.Count; i++)
        {
            var finding = _findings[i].Finding;
            open |= !finding.IsWaived;
            failed |= !finding.IsWaived && finding.Status == FindingStatus.Failed;
        }

        return failed ? RuleOutcome.Failed
            : open ? RuleOutcome.CannotAssess
            : _findings.Count > first ? RuleOutcome.Waived
            : rule.HasAppliesWhen && !AppliesToAny(rule) ? RuleOutcome.NotApplicable
            : SubjectsChecked(rule) == 0 ? RuleOutcome.NotApplicable // nothing to judge is never a pass
            : RuleOutcome.Passed;
    }

    /// <summary>Whether a rule without findings applied to any subject; asked only of such rules, after firing.</summary>
    private bool AppliesToAny(CompiledRule rule)
    {
        var schema = ModelSchema.Subject(rule.Descriptor.SubjectKind);
        if (schema.Collection is null)
        {
            return Safe(rule.Applies!, scope.Strategy);
        }

        foreach (var item in schema.Items(scope.Strategy))
        {
            if (Safe(rule.Applies!, item))
            {
                return true;
            }
        }

        return false;
    }

    private void Add(CompiledRule rule, object subject, IReadOnlyList<string>? missing)
    {
        var descriptor = rule.Descriptor;
        var who = _subjects.SubjectOf(subject);
        var (waiver, waived) = _waivers.Match(descriptor.Id, who);
        var texts = new RuleTexts(_renderer, rule, scope, subject, missing, meter.Limit);
        var status = missing is null ? FindingStatus.Failed : FindingStatus.CannotAssess;
        _findings.Add((rule.Index, _subjects.OrderOf(subject), new Finding(descriptor, status, who, texts, missing ?? [], waiver, waived, ruleSet.ParametersOf(rule.Index))));
    }

    private int SubjectsChecked(CompiledRule rule) => ModelSchema.Subject(rule.Descriptor.SubjectKind).Count(scope.Strategy);

    private List<CriterionResult> Criteria(List<RuleResult> results)
    {
        var criteria = new List<CriterionResult>(ruleSet.Criteria.Count);
        foreach (var criterion in ruleSet.Criteria)
        {
            var ofCriterion = results.Where(r => r.CriterionId == criterion.Id).ToList();
            var (verdict, decidedBy) = VerdictRules.ForCriterion(criterion, ofCriterion);
            var improvements = _findings.Count(f => f.Finding.CriterionId == criterion.Id && f.Finding.Severity < Severity.Blocking && !f.Finding.IsWaived);
            criteria.Add(new CriterionResult(criterion.Id, _renderer.Text(criterion.Title), verdict, decidedBy, ofCriterion.Count(r => r.Outcome == RuleOutcome.Passed), ofCriterion.Count(r => r.Outcome == RuleOutcome.Failed), improvements, criterion.IsPrecondition));
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

    private bool Safe(TieredDelegate<Func<EvaluationScope, object, bool>> test, object subject)
    {
        try
        {
            return test.Value(scope, subject);
        }
#pragma warning disable CA1031 // A failing test means the data is not there, or the rule does not apply (its error is reported by the engine).
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return false;
        }
    }
}
