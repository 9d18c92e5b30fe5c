namespace S3Criteria.DependencyInjection.Tests.Support;

/// <summary>
/// The system clock, with timers that never fire by themselves: a test fires the last timer made with <see cref="Fire"/>,
/// on its own thread, as the thread pool would call it.
/// </summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private TimerCallback? _callback;
    private object? _state;

    /// <summary>Whether a timer has been made.</summary>
    public bool HasTimer => _callback is not null;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _callback = callback;
        _state = state;
        return new ManualTimer();
    }

    /// <summary>Calls the timer's callback once, as its due time had come.</summary>
    public void Fire() => (_callback ?? throw new InvalidOperationException("No timer was made."))(_state);

    private sealed class ManualTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
