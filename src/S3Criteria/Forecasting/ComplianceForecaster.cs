using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Evaluation;
using S3Criteria.Model;

namespace S3Criteria.Forecasting;

/// <summary>
/// Forecasts whether a strategy stays compliant: evaluates it on the first day of a period and on every later day on
/// which a result can change (derived from the document's dates, the rules' offsets and the waivers' expiries, never
/// sampled), with one compiled rule set and the one parsed document, and merges equal consecutive results into
/// intervals. Article 15(6) of Regulation (EU) 2021/1060 asks that enabling conditions remain fulfilled throughout the
/// programming period.
/// </summary>
/// <threadsafety static="true" instance="true"/>
public sealed class ComplianceForecaster
{
    private readonly RuleSet _ruleSet;
    private readonly ComplianceEvaluator _evaluator;
    private readonly DateOnly? _from;
    private readonly DateOnly _until;
    private readonly TimeProvider _timeProvider;
    private readonly Waivers.WaiverSet _waivers;

    /// <summary>Initializes a new instance of the <see cref="ComplianceForecaster"/> class.</summary>
    /// <param name="ruleSet">The rules to check against.</param>
    /// <param name="options">The options; the defaults forecast from today to <see cref="ComplianceForecastOptions.DefaultUntil"/> in English.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><see cref="ComplianceForecastOptions.From"/> is after <see cref="ComplianceForecastOptions.Until"/>.</exception>
    public ComplianceForecaster(RuleSet ruleSet, ComplianceForecastOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        options ??= new ComplianceForecastOptions();
        if (options.From is { } from && from > options.Until)
        {
            throw new ArgumentException($"The forecast starts on {IsoDate.ToText(from)}, after its last day {IsoDate.ToText(options.Until)}.", nameof(options));
        }

        _ruleSet = ruleSet;
        _from = options.From;
        _until = options.Until;
        _timeProvider = options.TimeProvider ?? TimeProvider.System;
        _waivers = options.Waivers ?? Waivers.WaiverSet.Empty;
        _evaluator = new ComplianceEvaluator(ruleSet, new ComplianceEvaluatorOptions { Language = options.Language, Waivers = _waivers });
    }

    /// <summary>Gets the rule set this forecaster checks against.</summary>
    public RuleSet RuleSet => _ruleSet;

    /// <summary>Forecasts a strategy loaded from a document; findings and causes carry the document's locations.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The forecast.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The first day, taken from the clock, is after the last day.</exception>
    public ComplianceForecast Forecast(StrategyDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Forecast(document.Strategy, document);
    }

    /// <summary>Forecasts a strategy built in code.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <returns>The forecast.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="strategy"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The first day, taken from the clock, is after the last day.</exception>
    public ComplianceForecast Forecast(Strategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return Forecast(strategy, null);
    }

    private ComplianceForecast Forecast(Strategy strategy, StrategyDocument? document)
    {
        var from = _from ?? DateOnly.FromDateTime(_timeProvider.GetUtcNow().UtcDateTime);
        if (from > _until)
        {
            throw new ArgumentException($"The forecast starts on {IsoDate.ToText(from)}, after its last day {IsoDate.ToText(_until)}.", nameof(strategy));
        }

        var clocks = RuleClockReader.Of(_ruleSet);
        var points = ChangePoints.Derive(_ruleSet, clocks, strategy, document, _waivers, from, _until);
        var timeline = new TimelineBuilder(_ruleSet, from, _until, _evaluator.EvaluateOn(strategy, document, from));
        foreach (var (date, causes) in points)
        {
            timeline.Add(date, _evaluator.EvaluateOn(strategy, document, date), causes);
        }

        return timeline.Build([.. clocks.Where(c => c.ReadsToday && c.HasUnresolvedOffset).Select(c => c.RuleId)]);
    }
}
