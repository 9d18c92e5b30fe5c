namespace S3Criteria.DependencyInjection;

/// <summary>What one attempt to reload the rules did.</summary>
internal enum ReloadOutcome
{
    /// <summary>The new rules replaced the rule set in force.</summary>
    Replaced,

    /// <summary>The rule files are as they were when the rule set in force was built: nothing to do.</summary>
    Unchanged,

    /// <summary>The rule files changed since the last look or during the build: the attempt is repeated after the debounce.</summary>
    Unsettled,

    /// <summary>The rules did not load, or loading threw: the rule set in force stays, and the problem is logged.</summary>
    Failed,
}
