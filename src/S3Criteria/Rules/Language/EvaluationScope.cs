using S3Criteria.Model;

namespace S3Criteria.Rules.Language;

/// <summary>
/// The one fact per evaluation that every rule joins with: the strategy as a whole and the evaluation date. It also
/// keeps what is derived from the strategy once per evaluation (the engine's indexes for nested scans).
/// </summary>
internal sealed class EvaluationScope(Strategy strategy, DateOnly today)
{
    private readonly Lock _gate = new();
    private object?[] _derived = [];

    public Strategy Strategy { get; } = strategy;

    public DateOnly Today { get; } = today;

    /// <summary>
    /// Gets the value derived from this evaluation at <paramref name="slot"/>, building it on first use. Thread-safe:
    /// reports render their texts on first read, possibly on other threads, after the engine has fired.
    /// </summary>
    /// <param name="slot">The value's place, below <paramref name="slots"/>.</param>
    /// <param name="slots">How many places there may be.</param>
    /// <param name="state">What <paramref name="build"/> needs besides the scope.</param>
    /// <param name="build">Builds the value.</param>
    public object Derived<TState>(int slot, int slots, TState state, Func<EvaluationScope, TState, object> build)
    {
        var derived = Volatile.Read(ref _derived);
        if (slot < derived.Length && Volatile.Read(ref derived[slot]) is { } value)
        {
            return value;
        }

        lock (_gate)
        {
            if (_derived.Length <= slot)
            {
                Array.Resize(ref _derived, Math.Max(slots, slot + 1));
            }

            if (_derived[slot] is not { } built)
            {
                built = build(this, state);
                Volatile.Write(ref _derived[slot], built);
            }

            return built;
        }
    }
}
