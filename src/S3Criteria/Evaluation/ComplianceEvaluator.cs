using System.Reflection;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Localization;
using S3Criteria.Model;
using S3Criteria.Reports;
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
    private readonly string? _language;
    private readonly Waivers.WaiverSet _waivers;
    private readonly long _workLimit;

    /// <summary>Initializes a new instance of the <see cref="ComplianceEvaluator"/> class.</summary>
    /// <param name="ruleSet">The rules to check against.</param>
    /// <param name="options">The options; the defaults use the system clock and English.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options' <see cref="ComplianceEvaluatorOptions.WorkLimit"/> is not positive.</exception>
    /// <exception cref="ArgumentException">The options' <see cref="ComplianceEvaluatorOptions.Language"/> names no shipped language (<see cref="Languages.Shipped"/>).</exception>
    public ComplianceEvaluator(RuleSet ruleSet, ComplianceEvaluatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        _workLimit = options?.WorkLimit ?? ComplianceEvaluatorOptions.DefaultWorkLimit;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_workLimit, nameof(options));
        _ruleSet = ruleSet;
        _timeProvider = options?.TimeProvider ?? TimeProvider.System;
        _evaluationDate = options?.EvaluationDate;
        _language = options?.Language is { } language ? Languages.Normalize(language) : null;
        _waivers = options?.Waivers ?? Waivers.WaiverSet.Empty;
    }

    /// <summary>Gets the rule set this evaluator checks against.</summary>
    public RuleSet RuleSet => _ruleSet;

    /// <summary>Checks a strategy loaded from a document; findings carry the document's locations and the report its hash.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public ComplianceReport Evaluate(StrategyDocument document) => Evaluate(document, CancellationToken.None);

    /// <summary>Checks a strategy loaded from a document, until <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="document">The document.</param>
    /// <param name="cancellationToken">Stops the evaluation: rule loops end at once, and no report is made.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ComplianceReport Evaluate(StrategyDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Evaluate(document.Strategy, document, cancellationToken);
    }

    /// <summary>Checks a strategy built in code. Validate it first with <see cref="StrategyDocument.Validate(Strategy, string?)"/>.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="strategy"/> is <see langword="null"/>.</exception>
    public ComplianceReport Evaluate(Strategy strategy) => Evaluate(strategy, CancellationToken.None);

    /// <summary>Checks a strategy built in code, until <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="cancellationToken">Stops the evaluation: rule loops end at once, and no report is made.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="strategy"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ComplianceReport Evaluate(Strategy strategy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return Evaluate(strategy, null, cancellationToken);
    }

    /// <summary>Checks a strategy as of a given date, whatever date the options give: what a forecast runs on each change point.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="document">The document it was loaded from, if any.</param>
    /// <param name="date">The evaluation date (<c>today</c> in rules).</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    /// <returns>The report.</returns>
    internal ComplianceReport EvaluateOn(Strategy strategy, StrategyDocument? document, DateOnly date, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var scope = new EvaluationScope(strategy, date);
        var meter = new WorkMeter(_ruleSet.Compiled.Count, _workLimit, cancellationToken);
        using (meter.Activate())
        {
            // The meter counts while facts are inserted, while rules fire and while findings are explained.
            var sink = _ruleSet.Run(scope, cancellationToken);
            var report = new ReportBuilder(_ruleSet, scope, sink, document, LanguageOf(strategy), ToolVersion, _waivers, meter).Build();
            cancellationToken.ThrowIfCancellationRequested();
            return report;
        }
    }

    /// <summary>The report's language: the options', else the document's if it is shipped, else English.</summary>
    private string LanguageOf(Strategy strategy) =>
        _language ?? (Languages.TryNormalize(strategy.Language, out var declared) ? declared : Languages.English);

    private ComplianceReport Evaluate(Strategy strategy, StrategyDocument? document, CancellationToken cancellationToken) =>
        EvaluateOn(strategy, document, _evaluationDate ?? DateOnly.FromDateTime(_timeProvider.GetUtcNow().UtcDateTime), cancellationToken);
}
