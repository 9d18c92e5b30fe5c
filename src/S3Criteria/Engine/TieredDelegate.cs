using System.Linq.Expressions;

namespace S3Criteria.Engine;

/// <summary>
/// A delegate that starts interpreted (no JIT: cheap for one-shot runs that explain a few findings) and is compiled
/// once it has been called a few times (fast for services that evaluate many strategies). Thread-safe: racing
/// compilations are harmless, the last one wins.
/// </summary>
internal sealed class TieredDelegate<TDelegate>(Expression<TDelegate> expression)
    where TDelegate : Delegate
{
    private const int CallsBeforeCompiling = 4;
    private TDelegate? _compiled;
    private TDelegate? _interpreted;
    private int _calls;

    public TDelegate Value
    {
        get
        {
            if (Volatile.Read(ref _compiled) is { } compiled)
            {
                return compiled;
            }

            if (Interlocked.Increment(ref _calls) > CallsBeforeCompiling)
            {
                var fast = expression.Compile();
                Volatile.Write(ref _compiled, fast);
                return fast;
            }

            return Volatile.Read(ref _interpreted) ?? (_interpreted = expression.Compile(preferInterpretation: true));
        }
    }
}
