using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Evaluation;
using S3Criteria.Model;
using S3Criteria.Rules;
using S3Criteria.Waivers;

namespace S3Criteria.Forecasting;

/// <summary>
/// Derives the days on which a result can change, each with its causes. For every rule that reads the evaluation
/// date, every date of the document in a field the rule names is moved by each combination of the rule's offsets
/// (<c>d + x - y</c>, where the rule compares <c>d + x</c> with <c>today + y</c>); the day found and the day after are
/// change points (a comparison flips on one of them, whatever its operator and however months are clamped). Every date
/// of the document and the day after it, the day after each waiver expires, and the dates rules write are change
/// points too. Only days after the first day of the period and up to its last are kept.
/// </summary>
internal sealed class ChangePoints
{
    private readonly Dictionary<CauseKey, Pending> _causes = [];
    private readonly IReadOnlyDictionary<string, RuleParameterDescriptor> _parameters;
    private readonly DateOnly _from;
    private readonly DateOnly _until;

    private ChangePoints(RuleSet ruleSet, DateOnly from, DateOnly until)
    {
        _parameters = ruleSet.Parameters.ToDictionary(p => p.Name, StringComparer.Ordinal);
        _from = from;
        _until = until;
    }

    /// <summary>Derives the change points of a strategy in the period after <paramref name="from"/> up to <paramref name="until"/>.</summary>
    /// <returns>The change points in date order, each with its causes.</returns>
    public static SortedDictionary<DateOnly, List<ChangeCause>> Derive(RuleSet ruleSet, IReadOnlyList<RuleClock> clocks, Strategy strategy, StrategyDocument? document, WaiverSet waivers, DateOnly from, DateOnly until)
    {
        var points = new ChangePoints(ruleSet, from, until);
        var timed = clocks.Where(c => c.ReadsToday).ToList();
        foreach (var date in DocumentDates.Of(strategy))
        {
            var readers = timed.Where(c => c.Fields.Contains(date.Field)).ToList();
            var source = new Source(ChangeCauseKind.DocumentDate, date, null);
            points.Add(source, date.Value, null, null, readers.Select(c => c.RuleId));
            foreach (var clock in readers)
            {
                points.AddMoved(source, date.Value, clock);
            }
        }

        foreach (var clock in timed)
        {
            foreach (var literal in clock.Literals)
            {
                var source = new Source(ChangeCauseKind.RuleDate, null, null);
                points.Add(source, literal, null, null, [clock.RuleId]);
                points.AddMoved(source, literal, clock);
            }
        }

        foreach (var waiver in waivers.Waivers)
        {
            // A waiver holds on its last day: only the day after is a change.
            points.Add(new Source(ChangeCauseKind.WaiverExpiry, null, waiver), waiver.Expires, null, null, [waiver.RuleId], onlyDayAfter: true);
        }

        return points.Build(strategy, document);
    }

    /// <summary>Adds the date moved by every combination of the rule's offsets but none at all (that is the date itself).</summary>
    private void AddMoved(Source source, DateOnly date, RuleClock clock)
    {
        ClockOffset?[] offsets = [null, .. clock.Offsets.Select(o => (ClockOffset?)o)];
        foreach (var x in offsets)
        {
            foreach (var y in offsets)
            {
                if (x is null && y is null || x == y)
                {
                    continue;
                }

                Add(source, date, x, y, [clock.RuleId]);
            }
        }
    }

    /// <summary>Adds <c>date + x - y</c> and the day after it, if the period holds them.</summary>
    private void Add(Source source, DateOnly date, ClockOffset? x, ClockOffset? y, IEnumerable<string> rules, bool onlyDayAfter = false)
    {
        DateOnly moved;
        try
        {
            var shifted = x is { } added ? DateSpan.Add(date, added.Span, added.Sign)!.Value : date;
            moved = y is { } subtracted ? DateSpan.Add(shifted, subtracted.Span, -subtracted.Sign)!.Value : shifted;
        }
        catch (ArgumentOutOfRangeException)
        {
            return; // before year 1 or after 9999: never in a period
        }

        var offset = Net(x, y);
        string[] names = [.. new[] { x?.Parameter, y?.Parameter }.OfType<string>().Distinct(StringComparer.Ordinal)];
        string[] ruleIds = [.. rules];
        if (!onlyDayAfter)
        {
            AddPoint(new CauseKey(source, date, offset, DayAfter: false), moved, ruleIds, names);
        }

        if (moved < DateOnly.MaxValue)
        {
            AddPoint(new CauseKey(source, date, offset, DayAfter: true), moved.AddDays(1), ruleIds, names);
        }
    }

    private void AddPoint(CauseKey key, DateOnly day, string[] rules, string[] parameters)
    {
        if (day <= _from || day > _until)
        {
            return;
        }

        if (!_causes.TryGetValue(key, out var pending))
        {
            _causes[key] = pending = new Pending(day);
        }

        pending.Rules.UnionWith(rules);
        pending.Parameters.UnionWith(parameters);
    }

    private static DateOffset Net(ClockOffset? x, ClockOffset? y)
    {
        (int Years, int Months, int Days) Signed(ClockOffset? o, int sign) =>
            o is { } v ? (sign * v.Sign * v.Span.Years, sign * v.Sign * v.Span.Months, sign * v.Sign * v.Span.Days) : (0, 0, 0);
        var a = Signed(x, 1);
        var b = Signed(y, -1);
        return new DateOffset(a.Years + b.Years, a.Months + b.Months, a.Days + b.Days);
    }

    private SortedDictionary<DateOnly, List<ChangeCause>> Build(Strategy strategy, StrategyDocument? document)
    {
        var subjects = new SubjectIndex(strategy, document);
        var points = new SortedDictionary<DateOnly, List<ChangeCause>>();
        foreach (var (key, pending) in _causes.OrderBy(c => c.Value.Day).ThenBy(c => c.Key.Date).ThenBy(c => c.Key.Source.Kind))
        {
            if (!points.TryGetValue(pending.Day, out var causes))
            {
                points[pending.Day] = causes = [];
            }

            var parameters = pending.Parameters.Order(StringComparer.Ordinal).Select(name => _parameters.GetValueOrDefault(name)).OfType<RuleParameterDescriptor>().ToList();
            var rules = pending.Rules.Order(StringComparer.Ordinal).ToList();
            causes.Add(key.Source switch
            {
                { Date: { } date } => new ChangeCause(key.Source.Kind, key.Date, key.Offset, key.DayAfter, rules, parameters)
                {
                    Path = date.Path,
                    Field = date.Field,
                    Year = date.Year,
                    Subject = subjects.SubjectOf(date.Owner),
                    Location = document?.LocationOf(date.Path),
                },
                { Waiver: { } waiver } => new ChangeCause(key.Source.Kind, key.Date, key.Offset, key.DayAfter, rules, parameters) { Waiver = waiver, Location = waiver.Source },
                _ => new ChangeCause(key.Source.Kind, key.Date, key.Offset, key.DayAfter, rules, parameters),
            });
        }

        return points;
    }

    /// <summary>Where a date comes from: a document date, a waiver, or a rule (neither).</summary>
    private sealed record Source(ChangeCauseKind Kind, DocumentDate? Date, Waiver? Waiver);

    private sealed record CauseKey(Source Source, DateOnly Date, DateOffset Offset, bool DayAfter);

    private sealed class Pending(DateOnly day)
    {
        public DateOnly Day { get; } = day;

        public HashSet<string> Rules { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Parameters { get; } = new(StringComparer.Ordinal);
    }
}
