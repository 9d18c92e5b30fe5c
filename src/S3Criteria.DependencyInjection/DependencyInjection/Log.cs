using Microsoft.Extensions.Logging;

namespace S3Criteria.DependencyInjection;

/// <summary>S3Criteria's log messages (source-generated; none on the evaluation hot path).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Loaded rule set {RuleSetId} {Version}: {RuleCount} rules in {ElapsedMilliseconds} ms")]
    public static partial void RuleSetLoaded(ILogger logger, string ruleSetId, string version, int ruleCount, long elapsedMilliseconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Reloading the rules failed; the previous rule set stays in force. {Problems}")]
    public static partial void ReloadFailed(ILogger logger, string problems);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Rule {RuleId} could not be evaluated for strategy {StrategyId}: {Problem}")]
    public static partial void RuleFailed(ILogger logger, string ruleId, string strategyId, string problem);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Reloading the rules threw {ExceptionType}; the previous rule set stays in force. {Problem}")]
    public static partial void ReloadThrew(ILogger logger, Exception exception, string exceptionType, string problem);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug, Message = "The rule files changed while they were read; reading them again in {DebounceMilliseconds} ms")]
    public static partial void ReloadUnsettled(ILogger logger, long debounceMilliseconds);
}
