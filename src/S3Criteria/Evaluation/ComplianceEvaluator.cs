using System.Globalization;
using System.Reflection;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Model;
using S3Criteria.Reports;
using S3Criteria.Rules;
using S3Criteria.Rules.Language;

namespace S3Criteria.Evaluation;

/// <summary>
/// Checks strategies against a <see cref="RuleSet"/>. Each call runs in a fresh engine session, so one evaluator
/// serves any number of threads.
/// </summary>
/// <remarks>
/// Evaluation does not throw for a faulty rule: a rule whose condition fails for a subject (for example a share of an
/// empty list) is reported in <see cref="ComplianceReport.Errors"/> with the rule and subject, its outcome is
/// <see cref="RuleOutcome.Error"/>, and every other rule's result is still in the report.
/// </remarks>
/// <threadsafety static="true" instance="true"/>
public sealed class ComplianceEvaluator : IComplianceEvaluator
{
    private static readonly string ToolVersion =
        typeof(ComplianceEvaluator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private readonly RuleSet _ruleSet;
    private readonly TimeProvider _timeProvider;
    private readonly DateOnly? _evaluationDate;
    private readonly string _language;
    private readonly Waivers.WaiverSet _waivers;

    /// <summary>Initializes a new instance of the <see cref="ComplianceEvaluator"/> class.</summary>
    /// <param name="ruleSet">The rules to check against.</param>
    /// <param name="options">The options; the defaults use the system clock and English.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    public ComplianceEvaluator(RuleSet ruleSet, ComplianceEvaluatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        _ruleSet = ruleSet;
        _timeProvider = options?.TimeProvider ?? TimeProvider.System;
        _evaluationDate = options?.EvaluationDate;
        _language = options?.Language ?? LocalizedText.DefaultLanguage;
        _waivers = options?.Waivers ?? Waivers.WaiverSet.Empty;
    }

    /// <summary>Gets the rule set this evaluator checks against.</summary>
    public RuleSet RuleSet => _ruleSet;

    /// <summary>Checks a strategy loaded from a document; findings carry the document's locations and the report its hash.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public ComplianceReport Evaluate(StrategyDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Evaluate(document.Strategy, document);
    }

    /// <summary>Checks a strategy built in code. Validate it first with <see cref="StrategyDocument.Validate(Strategy, string?)"/>.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="strategy"/> is <see langword="null"/>.</exception>
    public ComplianceReport Evaluate(Strategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return Evaluate(strategy, null);
    }

    private ComplianceReport Evaluate(Strategy strategy, StrategyDocument? document)
    {
        var today = _evaluationDate ?? DateOnly.FromDateTime(_timeProvider.GetUtcNow().UtcDateTime);
        var scope = new EvaluationScope(strategy, today);
        var sink = _ruleSet.Run(scope);
        return new ReportBuilder(_ruleSet, scope, sink, document, _language, ToolVersion, _waivers).Build();
    }

    /// <summary>Turns what the engine recorded into the report: messages and evidence are built here, after firing.</summary>
    private sealed class ReportBuilder(RuleSet ruleSet, EvaluationScope scope, EvaluationSink sink, StrategyDocument? document, string language, string toolVersion, Waivers.WaiverSet waivers)
    {
        private readonly HashSet<Waivers.Waiver> _usedWaivers = [];

        private Dictionary<object, (SubjectKind Kind, string Path, int Order)>? _positions;

        public ComplianceReport Build()
        {
            var findings = new List<(int Rule, int Order, Finding Finding)>();
            var results = new List<RuleResult>();
            var errors = new List<RuleError>();
            var errorsByRule = sink.Errors.ToLookup(e => e.Rule);
            var failuresByRule = sink.Failures.ToLookup(f => f.Rule, f => f.Subject);
            var missingByRule = sink.MissingData.ToLookup(m => m.Rule, m => m.Subject);
            foreach (var rule in ruleSet.Compiled)
            {
                var descriptor = rule.Descriptor;
                var subjectsChecked = ModelSchema.Subject(descriptor.SubjectKind).Count(scope.Strategy);
                if (errorsByRule[rule.Index].Any())
                {
                    foreach (var (_, subject, exception) in errorsByRule[rule.Index].DistinctBy(e => (e.Subject, e.Exception.Message)))
                    {
                        errors.Add(new RuleError(descriptor.Id, subject is null or EvaluationScope ? null : SubjectOf(subject), Describe(exception)));
                    }

                    results.Add(new RuleResult(descriptor, RuleOutcome.Error, subjectsChecked, [], language));
                    continue;
                }

                var first = findings.Count; // this rule's findings are appended from here on
                foreach (var subject in failuresByRule[rule.Index].Distinct())
                {
                    var who = SubjectOf(subject);
                    var (waiver, waived) = WaiverFor(descriptor.Id, who);
                    var finding = new Finding(descriptor, FindingStatus.Failed, who, rule.Message.Render(scope, subject, language), Evidence(rule, subject), descriptor.Rationale?.Get(language), rule.Recommendation?.Render(scope, subject, language), [], waiver, waived);
                    findings.Add((rule.Index, Order(subject), finding));
                }

                foreach (var subject in missingByRule[rule.Index].Distinct())
                {
                    var missing = rule.Needs.Where(n => !Safe(() => n.Present.Value(scope, subject))).Select(n => n.Path).ToList();
                    var text = string.Create(CultureInfo.InvariantCulture, $"Cannot assess: the document does not give {string.Join(", ", missing)}.");
                    var who = SubjectOf(subject);
                    var (waiver, waived) = WaiverFor(descriptor.Id, who);
                    findings.Add((rule.Index, Order(subject), new Finding(descriptor, FindingStatus.CannotAssess, who, text, [], descriptor.Rationale?.Get(language), $"Add {string.Join(", ", missing)} to the strategy document.", missing, waiver, waived)));
                }

                var own = findings.Skip(first).Select(f => f.Finding).ToList();
                var open = own.Where(f => !f.IsWaived).ToList();
                var outcome = open.Any(f => f.Status == FindingStatus.Failed) ? RuleOutcome.Failed
                    : open.Count > 0 ? RuleOutcome.CannotAssess
                    : own.Count > 0 ? RuleOutcome.Waived
                    : rule.HasAppliesWhen && !sink.IsApplicable(rule.Index) ? RuleOutcome.NotApplicable
                    : RuleOutcome.Passed;
                var evidence = outcome == RuleOutcome.Passed && descriptor.SubjectKind == SubjectKind.Strategy ? Evidence(rule, scope.Strategy) : [];
                results.Add(new RuleResult(descriptor, outcome, subjectsChecked, evidence, language));
            }

            var criteria = new List<CriterionResult>();
            foreach (var criterion in ruleSet.Criteria)
            {
                var ofCriterion = results.Where(r => r.CriterionId == criterion.Id).ToList();
                var (verdict, decidedBy) = VerdictRules.ForCriterion(ofCriterion);
                criteria.Add(new CriterionResult(criterion.Id, criterion.Title.Get(language), verdict, decidedBy, ofCriterion.Count(r => r.Outcome == RuleOutcome.Passed), ofCriterion.Count(r => r.Outcome == RuleOutcome.Failed)));
            }

            var criterionOrder = ruleSet.Criteria.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
            var ordered = findings
                .OrderBy(f => criterionOrder.GetValueOrDefault(f.Finding.CriterionId))
                .ThenBy(f => f.Rule)
                .ThenBy(f => f.Order)
                .ThenBy(f => f.Finding.Status)
                .Select(f => f.Finding)
                .ToList();
            var strategy = scope.Strategy;
            return new ComplianceReport(
                strategy.Id,
                strategy.Title,
                strategy.Region.Code.Value,
                VerdictRules.Overall(criteria),
                criteria,
                ordered,
                results,
                errors,
                [.. waivers.Waivers.Where(w => !_usedWaivers.Contains(w))],
                new Provenance(ruleSet, toolVersion, document?.FilePath, document?.ContentHash, scope.Today, language, document?.LineCount));
        }

        private (Waivers.Waiver? Waiver, bool Waived) WaiverFor(string ruleId, Subject subject)
        {
            var id = subject.Kind == SubjectKind.Strategy ? "strategy" : subject.Id;
            var waiver = waivers.Waivers.FirstOrDefault(w => w.Matches(ruleId, id) && !w.IsExpiredOn(scope.Today))
                ?? waivers.Waivers.FirstOrDefault(w => w.Matches(ruleId, id));
            if (waiver is null)
            {
                return (null, false);
            }

            _usedWaivers.Add(waiver);
            return (waiver, !waiver.IsExpiredOn(scope.Today));
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
            catch (Exception exception)
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
            catch (Exception)
#pragma warning restore CA1031
            {
                return false;
            }
        }

        private static string Describe(Exception exception) =>
            EngineSession.Describe(exception);

        private int Order(object subject) => subject is Strategy ? -1 : Positions().TryGetValue(subject, out var position) ? position.Order : int.MaxValue;

        private Subject SubjectOf(object subject)
        {
            var (id, name) = subject switch
            {
                PriorityArea p => (p.Id, p.Name),
                Partnership p => (p.Id, p.Title),
                Stakeholder s => (s.Id, s.Name),
                Indicator i => (i.Id, i.Name),
                PolicyAction a => (a.Id, a.Title),
                Strategy s => (s.Id, s.Title),
                _ => (string.Empty, ValueFormatter.Format(subject)),
            };
            if (subject is Strategy || !Positions().TryGetValue(subject, out var position))
            {
                return new Subject(SubjectKind.Strategy, id, name, null, null);
            }

            return new Subject(position.Kind, id, name, position.Path, document?.LocationOf(position.Path));
        }

        private Dictionary<object, (SubjectKind Kind, string Path, int Order)> Positions()
        {
            if (_positions is not null)
            {
                return _positions;
            }

            var positions = new Dictionary<object, (SubjectKind, string, int)>(ReferenceEqualityComparer.Instance);
            var order = 0;
            foreach (var subject in ModelSchema.Subjects.Where(s => s.Collection is not null))
            {
                var items = subject.Items(scope.Strategy);
                for (var i = 0; i < items.Count; i++)
                {
                    positions.TryAdd(items[i], (subject.Kind, string.Create(CultureInfo.InvariantCulture, $"{subject.Collection!.Name}[{i}]"), order++));
                }
            }

            return _positions = positions;
        }
    }
}
