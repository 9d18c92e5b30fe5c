namespace S3Criteria.Diagnostics;

/// <summary>
/// The outcome of loading something without throwing (a strategy document, a rule set): the value, or every problem
/// found, as NodaTime's <c>ParseResult</c> makes failure a value first.
/// </summary>
/// <typeparam name="T">The type of the value loaded.</typeparam>
/// <threadsafety static="true" instance="true"/>
public sealed class LoadResult<T>
    where T : class
{
    private readonly Func<IReadOnlyList<Diagnostic>, DiagnosticsException> _exception;

    internal LoadResult(T? value, IReadOnlyList<Diagnostic> diagnostics, Func<IReadOnlyList<Diagnostic>, DiagnosticsException> exception)
    {
        Value = value;
        Diagnostics = diagnostics;
        _exception = exception;
    }

    /// <summary>Gets a value indicating whether the value loaded without problems.</summary>
    public bool Success => Value is not null;

    /// <summary>Gets the value, or <see langword="null"/> when there were problems.</summary>
    public T? Value { get; }

    /// <summary>Gets every problem found, in the order found; empty on success.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the value, or throws when there were problems.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="DiagnosticsException">There were problems; all are listed in its <see cref="DiagnosticsException.Diagnostics"/>:
    /// a <see cref="StrategyDocumentException"/> for a document, a <see cref="RuleSetException"/> for a rule set.</exception>
    public T GetValueOrThrow() => Value ?? throw _exception(Diagnostics);
}
