using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using S3Criteria.Diagnostics;
using S3Criteria.Engine;

namespace S3Criteria.DependencyInjection;

/// <summary>
/// Holds the rule set in force. It is compiled once (while the options are validated); with reload enabled, changed
/// rule files are compiled in the background and replace it only when they load without problems from a stable
/// snapshot: after a change, the debounce timer hashes the rule files (<see cref="RuleSnapshot"/>) and builds only
/// when the hash equals the one it took a debounce earlier (no writer at work in between), and keeps the new rules
/// only when the hash is still the same after the build (the build read that content). Anything else keeps the rules
/// in force: a failed load is logged with its diagnostics, an exception is logged, and nothing escapes the timer.
/// </summary>
internal sealed class RuleSetProvider : IRuleSetProvider, IDisposable
{
    /// <summary>How long the rule files must stay unchanged before they are read.</summary>
    internal static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);

    private readonly IOptions<S3CriteriaOptions> _options;
    private readonly RuleSetCache _cache;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly Func<S3CriteriaOptions, LoadResult<RuleSet>> _build;
    private readonly Lock _gate = new();
    private readonly Lock _reloadGate = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private ITimer? _timer;
    private RuleSet? _current;
    private string? _currentHash;
    private string? _seenHash;

    public RuleSetProvider(IOptions<S3CriteriaOptions> options, RuleSetCache cache, ILogger logger, TimeProvider timeProvider, Func<S3CriteriaOptions, LoadResult<RuleSet>>? build = null)
    {
        _options = options;
        _cache = cache;
        _logger = logger;
        _timeProvider = timeProvider;
        _build = build ?? RuleSetFactory.TryBuild;
    }

    public RuleSet Current
    {
        get
        {
            if (Volatile.Read(ref _current) is { } current)
            {
                return current;
            }

            lock (_gate)
            {
                if (_current is not null)
                {
                    return _current;
                }

                var stopwatch = Stopwatch.StartNew();
                var options = _options.Value; // validates, and compiles into the cache
                var ruleSet = _cache.RuleSet ?? _build(options).GetValueOrThrow();
                Log.RuleSetLoaded(_logger, ruleSet.Id, ruleSet.Version, ruleSet.Rules.Count, stopwatch.ElapsedMilliseconds);
                if (options.ReloadOnChange)
                {
                    Watch(options.RuleDirectories);
                }

                Volatile.Write(ref _current, ruleSet);
                return ruleSet;
            }
        }
    }

    /// <summary>Compiles the rules again; keeps the rule set in force when they do not load.</summary>
    /// <returns><see langword="true"/> when the new rules replaced the old.</returns>
    internal bool Reload() => TryReload() == ReloadOutcome.Replaced;

    /// <summary>
    /// Compiles the rules again, between two snapshots of the rule files; replaces the rule set in force only when the
    /// rules load and the snapshots are equal. Never throws.
    /// </summary>
    internal ReloadOutcome TryReload()
    {
        lock (_reloadGate)
        {
            return Rebuild();
        }
    }

    /// <summary>
    /// The debounce timer's callback: builds when the rule files hash as they did at the previous tick, waits one
    /// more debounce when they changed since, does nothing when they are those of the rule set in force. Never throws.
    /// </summary>
    internal ReloadOutcome OnTimer()
    {
        if (!_reloadGate.TryEnter())
        {
            Schedule(); // a reload is under way: look again after it
            return ReloadOutcome.Unsettled;
        }

        try
        {
            var hash = RuleSnapshot.Hash(_options.Value.RuleDirectories);
            if (hash == _currentHash)
            {
                _seenHash = null;
                return ReloadOutcome.Unchanged;
            }

            if (hash != _seenHash)
            {
                _seenHash = hash;
                Schedule();
                return ReloadOutcome.Unsettled;
            }

            _seenHash = null;
            var outcome = Rebuild();
            if (outcome == ReloadOutcome.Unsettled)
            {
                Schedule();
            }

            return outcome;
        }
#pragma warning disable CA1031 // The timer thread must not see an exception: it would end the process.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.ReloadThrew(_logger, exception, exception.GetType().Name, exception.Message);
            Schedule();
            return ReloadOutcome.Failed;
        }
        finally
        {
            _reloadGate.Exit();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var watcher in _watchers)
            {
                watcher.Dispose();
            }

            _watchers.Clear();
            _timer?.Dispose();
        }
    }

    /// <summary>Builds between two snapshots; the caller holds <see cref="_reloadGate"/>.</summary>
    private ReloadOutcome Rebuild()
    {
        try
        {
            var stopwatch = Stopwatch.StartNew();
            var options = _options.Value;
            var before = RuleSnapshot.Hash(options.RuleDirectories);
            var loaded = _build(options);
            if (!loaded.Success)
            {
                Log.ReloadFailed(_logger, string.Join(Environment.NewLine, loaded.Diagnostics));
                return ReloadOutcome.Failed;
            }

            if (RuleSnapshot.Hash(options.RuleDirectories) != before)
            {
                Log.ReloadUnsettled(_logger, (long)Debounce.TotalMilliseconds);
                return ReloadOutcome.Unsettled;
            }

            Volatile.Write(ref _current, loaded.Value);
            _currentHash = before;
            Log.RuleSetLoaded(_logger, loaded.Value!.Id, loaded.Value.Version, loaded.Value.Rules.Count, stopwatch.ElapsedMilliseconds);
            return ReloadOutcome.Replaced;
        }
#pragma warning disable CA1031 // A reload runs on a timer thread: whatever it throws is logged, and the rules in force stay.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.ReloadThrew(_logger, exception, exception.GetType().Name, exception.Message);
            return ReloadOutcome.Failed;
        }
    }

    private void Watch(IEnumerable<string> directories)
    {
        _timer = _timeProvider.CreateTimer(_ => OnTimer(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        foreach (var directory in directories)
        {
            var watcher = new FileSystemWatcher(directory) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.Error += (_, _) => Schedule(); // events were lost: look at the files again
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        if (RuleSetBuilder.IsRuleFile(e.FullPath) || (e is RenamedEventArgs renamed && RuleSetBuilder.IsRuleFile(renamed.OldFullPath)))
        {
            Schedule();
        }
    }

    private void Schedule()
    {
        try
        {
            _timer?.Change(Debounce, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // Disposed while a change came in: nothing is watched any more.
        }
    }
}
