using S3Criteria.Engine;
using S3Criteria.Model;
using S3Criteria.Reports;
using S3Criteria.Rules;

namespace S3Criteria.Forecasting;

/// <summary>
/// Turns the reports of consecutive change points into a forecast: compares each with the one before (verdicts, and
/// findings by rule, subject and status), records the changes with their causes, and closes intervals. Keeps only the
/// previous report's findings, not every report. Single use.
/// </summary>
internal sealed class TimelineBuilder
{
    private readonly DateOnly _from;
    private readonly DateOnly _until;
    private readonly ComplianceReport _first;
    private readonly Dictionary<string, int> _ruleOrder;
    private readonly List<DateOnly> _dates;
    private readonly List<ForecastChange> _changes = [];
    private readonly List<Renewal> _renewals = [];
    private readonly List<VerdictInterval> _condition = [];
    private readonly List<VerdictInterval>[] _criteria;
    private Snapshot _previous;
    private DateOnly _conditionStart;
    private readonly DateOnly[] _criterionStarts;

    public TimelineBuilder(RuleSet ruleSet, DateOnly from, DateOnly until, ComplianceReport first)
    {
        _from = from;
        _until = until;
        _first = first;
        _ruleOrder = ruleSet.Rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        _dates = [from];
        _previous = new Snapshot(first);
        _conditionStart = from;
        _criteria = [.. first.Criteria.Select(_ => new List<VerdictInterval>())];
        _criterionStarts = [.. first.Criteria.Select(_ => from)];
    }

    /// <summary>Adds the report of a change point, later than every one before.</summary>
    public void Add(DateOnly date, ComplianceReport report, IReadOnlyList<ChangeCause> causes)
    {
        _dates.Add(date);
        var current = new Snapshot(report);
        var findings = FindingChanges(_previous, current, causes);
        var criteria = new List<CriterionChange>();
        for (var i = 0; i < current.Criteria.Length; i++)
        {
            if (current.Criteria[i] != _previous.Criteria[i])
            {
                criteria.Add(new CriterionChange(report.Criteria[i].CriterionId, _previous.Criteria[i], current.Criteria[i]));
                _criteria[i].Add(new VerdictInterval(_criterionStarts[i], date.AddDays(-1), _previous.Criteria[i]));
                _criterionStarts[i] = date;
            }
        }

        if (current.Condition != _previous.Condition)
        {
            _condition.Add(new VerdictInterval(_conditionStart, date.AddDays(-1), _previous.Condition));
            _conditionStart = date;
        }

        if (findings.Count > 0 || criteria.Count > 0 || current.Condition != _previous.Condition)
        {
            var all = findings.SelectMany(f => f.Causes).Distinct().ToList();
            _changes.Add(new ForecastChange(date, _previous.Condition, current.Condition, criteria, findings, all.Count > 0 ? all : causes));
            AddRenewals(date, criteria, findings);
        }

        _previous = current;
    }

    /// <summary>Closes the last intervals and returns the forecast.</summary>
    public ComplianceForecast Build(IReadOnlyList<string> unresolvedRules)
    {
        _condition.Add(new VerdictInterval(_conditionStart, _until, _previous.Condition));
        var timelines = new List<CriterionTimeline>();
        for (var i = 0; i < _criteria.Length; i++)
        {
            _criteria[i].Add(new VerdictInterval(_criterionStarts[i], _until, _previous.Criteria[i]));
            var criterion = _first.Criteria[i];
            timelines.Add(new CriterionTimeline(criterion.CriterionId, criterion.Title, criterion.IsPrecondition, _criteria[i]));
        }

        return new ComplianceForecast(_first.Provenance, _first.StrategyId, _first.StrategyTitle, _first.RegionCode, _from, _until, _condition, timelines, _changes, _renewals, _dates, unresolvedRules);
    }

    private List<FindingChange> FindingChanges(Snapshot before, Snapshot after, IReadOnlyList<ChangeCause> causes)
    {
        var changes = new List<(int Criterion, int Rule, int Order, FindingChange Change)>();
        void Add(FindingChangeKind kind, Finding finding, int order)
        {
            IReadOnlyList<ChangeCause> own = [.. causes.Where(c => c.Rules.Contains(finding.RuleId, StringComparer.Ordinal))];
            changes.Add((after.CriterionIndex(finding.CriterionId), _ruleOrder.GetValueOrDefault(finding.RuleId, int.MaxValue), order, new FindingChange(kind, finding, own)));
        }

        var order = 0;
        foreach (var (key, finding) in after.Findings)
        {
            if (!before.Findings.TryGetValue(key, out var earlier))
            {
                Add(FindingChangeKind.Appears, finding, order);
            }
            else if (earlier.IsWaived && !finding.IsWaived)
            {
                Add(FindingChangeKind.WaiverExpires, finding, order);
            }

            order++;
        }

        foreach (var (key, finding) in before.Findings)
        {
            if (!after.Findings.ContainsKey(key))
            {
                Add(FindingChangeKind.Disappears, finding, order++);
            }
        }

        return [.. changes.OrderBy(c => c.Criterion).ThenBy(c => c.Rule).ThenBy(c => c.Order).Select(c => c.Change)];
    }

    private void AddRenewals(DateOnly date, List<CriterionChange> criteria, List<FindingChange> findings)
    {
        foreach (var lapse in criteria.Where(c => c.IsLapse))
        {
            foreach (var change in findings.Where(f => f.Kind != FindingChangeKind.Disappears && f.Finding.CriterionId == lapse.CriterionId
                && f.Finding.Severity == Severity.Blocking && !f.Finding.IsWaived))
            {
                _renewals.Add(new Renewal(date, lapse.CriterionId, change.Finding, change.Causes));
            }
        }
    }

    /// <summary>What is compared between two change points: the verdicts, and the findings by rule, subject and status.</summary>
    private sealed class Snapshot
    {
        private readonly ComplianceReport _report;

        public Snapshot(ComplianceReport report)
        {
            _report = report;
            Condition = report.Verdict;
            Criteria = [.. report.Criteria.Select(c => c.Verdict)];
            Findings = new Dictionary<(string, SubjectKind, string, FindingStatus), Finding>(report.Findings.Count);
            foreach (var finding in report.Findings)
            {
                Findings.TryAdd((finding.RuleId, finding.Subject.Kind, finding.Subject.Id, finding.Status), finding);
            }
        }

        public Verdict Condition { get; }

        public Verdict[] Criteria { get; }

        public Dictionary<(string Rule, SubjectKind Kind, string Subject, FindingStatus Status), Finding> Findings { get; }

        public int CriterionIndex(string criterionId)
        {
            for (var i = 0; i < _report.Criteria.Count; i++)
            {
                if (string.Equals(_report.Criteria[i].CriterionId, criterionId, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return int.MaxValue;
        }
    }
}
