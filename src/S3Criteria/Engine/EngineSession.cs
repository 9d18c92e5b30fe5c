using NRules;
using S3Criteria.Model;
using S3Criteria.Rules.Language;

namespace S3Criteria.Engine;

/// <summary>
/// Runs one evaluation in a fresh NRules session: inserts the scope and every item of the strategy as facts, fires,
/// and returns what the rules recorded. A condition or action that fails is recorded against its rule and subject;
/// a failure of the engine itself marks every rule as errored, so that a report is never silently half done.
/// </summary>
/// <remarks>
/// Cancellation is checked between the kinds of facts inserted and by the engine while firing; the loops inside rule
/// expressions stop at once through the evaluation's <see cref="WorkMeter"/>.
/// </remarks>
internal static class EngineSession
{
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static EvaluationSink Run(RuleSet ruleSet, EvaluationScope scope, CancellationToken cancellationToken)
    {
        var rules = ruleSet.Compiled;
        var sink = new EvaluationSink();
        var session = ruleSet.SessionFactory.CreateSession(s =>
        {
            s.DependencyResolver = new SinkResolver(sink);
            s.Events.LhsExpressionFailedEvent += (_, e) =>
            {
                foreach (var rule in e.Rules)
                {
                    if (ruleSet.EngineRuleIndex.TryGetValue(rule.Name, out var index) && index >= 0)
                    {
                        sink.Error(index, e.Facts.LastOrDefault()?.Value, e.Exception ?? new InvalidOperationException("A condition failed."));
                    }
                }

                e.IsHandled = true;
            };
            s.Events.RhsExpressionFailedEvent += (_, e) =>
            {
                if (ruleSet.EngineRuleIndex.TryGetValue(e.Match.Rule.Name, out var index) && index >= 0)
                {
                    sink.Error(index, e.Match.Facts.LastOrDefault()?.Value, e.Exception ?? new InvalidOperationException("An action failed."));
                }

                e.IsHandled = true;
            };
        });

        try
        {
            foreach (var facts in Facts(scope))
            {
                cancellationToken.ThrowIfCancellationRequested();
                session.InsertAll(facts);
            }

            cancellationToken.ThrowIfCancellationRequested();
            session.Fire(cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
        }
#pragma warning disable CA1031 // Never return half a report silently: an engine failure marks every rule as errored.
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            for (var i = 0; i < rules.Count; i++)
            {
                sink.Error(i, null, exception);
            }
        }

        return sink;
    }

    /// <summary>Describes an error the sink recorded: the failure inside a rule's expression rather than the engine's wrapper.</summary>
    public static string Describe(Exception exception) =>
        exception is RuleExpressionEvaluationException { InnerException: { } inner } ? inner.Message : exception.Message;

    /// <summary>The facts of an evaluation: the scope, then the items of each collection the strategy states.</summary>
    private static IEnumerable<IEnumerable<object>> Facts(EvaluationScope scope)
    {
        yield return [scope];
        foreach (var subject in ModelSchema.Subjects.Where(s => s.Collection is not null))
        {
            yield return subject.Items(scope.Strategy);
        }
    }
}
