namespace S3Criteria.Rules.Language;

/// <summary>
/// The work budget of one evaluation: counts, per rule, the collection items its expressions visit
/// (<see cref="RuleFunctions"/>: aggregates, nested <c>exists</c> and <c>count</c>, <c>in</c> on list fields). These run
/// while facts are inserted as much as when rules fire, so the count is kept where they iterate, not in the engine.
/// </summary>
/// <remarks>
/// A rule that visits more than <see cref="Limit"/> items stops: from then on its loops end at once (their results are
/// meaningless, and the evaluator reports the rule as an error instead). A cancelled evaluation stops every loop the
/// same way, and the evaluator throws <see cref="OperationCanceledException"/>. The meter of the evaluation running on
/// a thread is found through a thread-static field, so that compiled rules, shared by every thread, stay free of it.
/// </remarks>
internal sealed class WorkMeter
{
    [ThreadStatic]
    private static WorkMeter? t_current;

    private readonly long[] _used;
    private readonly CancellationToken _cancellationToken;

    /// <summary>Initializes a new instance of the <see cref="WorkMeter"/> class.</summary>
    /// <param name="rules">How many rules the evaluation runs; rule indexes are below it.</param>
    /// <param name="limit">The most items one rule may visit in the evaluation.</param>
    /// <param name="cancellationToken">Stops every loop once cancelled.</param>
    public WorkMeter(int rules, long limit, CancellationToken cancellationToken)
    {
        _used = new long[rules];
        Limit = limit;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Gets the meter of the evaluation running on this thread, if any.</summary>
    public static WorkMeter? Current => t_current;

    /// <summary>Gets the most items one rule may visit in the evaluation.</summary>
    public long Limit { get; }

    /// <summary>Gets the most items any one rule visited so far.</summary>
    public long MostUsed => _used.Length == 0 ? 0 : _used.Max();

    /// <summary>Gets how many items a rule visited so far.</summary>
    /// <param name="rule">The rule's index.</param>
    /// <returns>The count; 0 for an index the meter does not know.</returns>
    public long Used(int rule) => (uint)rule < (uint)_used.Length ? _used[rule] : 0;

    /// <summary>Makes this the meter of the current thread until the returned value is disposed (which restores the previous one).</summary>
    /// <returns>What restores the previous meter.</returns>
    public Activation Activate()
    {
        var previous = t_current;
        t_current = this;
        return new Activation(previous);
    }

    /// <summary>Counts one item visited by a rule's expression.</summary>
    /// <param name="rule">The rule's index, or a negative number for an expression of no rule (nothing is counted).</param>
    /// <returns><see langword="false"/> when the loop must stop: the rule has used its budget, or the evaluation is cancelled.</returns>
    public bool Step(int rule)
    {
        if (_cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        return (uint)rule >= (uint)_used.Length || ++_used[rule] <= Limit;
    }

    /// <summary>Gets whether a rule went past its budget.</summary>
    /// <param name="rule">The rule's index.</param>
    /// <returns>Whether it did.</returns>
    public bool IsExhausted(int rule) => (uint)rule < (uint)_used.Length && _used[rule] > Limit;

    /// <summary>Restores the meter that was current before <see cref="Activate"/>.</summary>
    /// <param name="previous">That meter.</param>
    public readonly struct Activation(WorkMeter? previous) : IDisposable
    {
        /// <inheritdoc/>
        public void Dispose() => t_current = previous;
    }
}
