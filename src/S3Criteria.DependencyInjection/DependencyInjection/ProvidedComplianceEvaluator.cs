using Microsoft.Extensions.Logging;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Evaluation;
using S3Criteria.Model;
using S3Criteria.Reports;

namespace S3Criteria.DependencyInjection;

/// <summary>The registered <see cref="IComplianceEvaluator"/>: evaluates with the rule set in force and logs rule errors.</summary>
internal sealed class ProvidedComplianceEvaluator(IRuleSetProvider provider, TimeProvider timeProvider, string language, ILogger logger) : IComplianceEvaluator
{
    // One reference, swapped whole: a reader never pairs one rule set with another's evaluator.
    private Cached? _evaluator;

    public ComplianceReport Evaluate(StrategyDocument document) => Evaluate(document, CancellationToken.None);

    public ComplianceReport Evaluate(Strategy strategy) => Evaluate(strategy, CancellationToken.None);

    public ComplianceReport Evaluate(StrategyDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Logged(For(provider.Current).Evaluate(document, cancellationToken));
    }

    public ComplianceReport Evaluate(Strategy strategy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return Logged(For(provider.Current).Evaluate(strategy, cancellationToken));
    }

    private ComplianceEvaluator For(RuleSet ruleSet)
    {
        var cached = Volatile.Read(ref _evaluator);
        if (cached is not null && ReferenceEquals(cached.RuleSet, ruleSet))
        {
            return cached.Evaluator;
        }

        var evaluator = new ComplianceEvaluator(ruleSet, new ComplianceEvaluatorOptions { TimeProvider = timeProvider, Language = language });
        Volatile.Write(ref _evaluator, new Cached(ruleSet, evaluator));
        return evaluator;
    }

    private ComplianceReport Logged(ComplianceReport report)
    {
        foreach (var error in report.Errors)
        {
            Log.RuleFailed(logger, error.RuleId, report.StrategyId, error.Message);
        }

        return report;
    }

    private sealed record Cached(RuleSet RuleSet, ComplianceEvaluator Evaluator);
}
