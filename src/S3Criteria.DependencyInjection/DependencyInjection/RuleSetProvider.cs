using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using S3Criteria.Engine;

namespace S3Criteria.DependencyInjection;

/// <summary>
/// Holds the rule set in force. It is compiled once (while the options are validated); with reload enabled, changed
/// rule files are compiled in the background and replace it only when they load without problems.
/// </summary>
internal sealed class RuleSetProvider : IRuleSetProvider, IDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);
    private readonly IOptions<S3CriteriaOptions> _options;
    private readonly RuleSetCache _cache;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private Timer? _timer;
    private RuleSet? _current;

    public RuleSetProvider(IOptions<S3CriteriaOptions> options, RuleSetCache cache, ILogger logger)
    {
        _options = options;
        _cache = cache;
        _logger = logger;
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
                var ruleSet = _cache.RuleSet ?? RuleSetFactory.TryBuild(options).GetValueOrThrow();
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
    internal bool Reload()
    {
        var stopwatch = Stopwatch.StartNew();
        var loaded = RuleSetFactory.TryBuild(_options.Value);
        if (!loaded.Success)
        {
            Log.ReloadFailed(_logger, string.Join(Environment.NewLine, loaded.Diagnostics));
            return false;
        }

        Volatile.Write(ref _current, loaded.Value);
        Log.RuleSetLoaded(_logger, loaded.Value!.Id, loaded.Value.Version, loaded.Value.Rules.Count, stopwatch.ElapsedMilliseconds);
        return true;
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

    private void Watch(IEnumerable<string> directories)
    {
        _timer = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var directory in directories)
        {
            var watcher = new FileSystemWatcher(directory) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        if (RuleSetBuilder.IsRuleFile(e.FullPath))
        {
            _timer?.Change(Debounce, Timeout.InfiniteTimeSpan);
        }
    }
}
