using S3Criteria.Diagnostics;

namespace S3Criteria.Waivers;

/// <summary>
/// An accepted deviation: findings of one rule (for one subject, or all) that do not fail a run until the waiver
/// expires. Waived findings stay in every report, marked as such; once expired they count again.
/// </summary>
/// <threadsafety static="true" instance="true"/>
public sealed class Waiver
{
    /// <summary>Initializes a new instance of the <see cref="Waiver"/> class.</summary>
    /// <param name="ruleId">The rule whose findings are waived.</param>
    /// <param name="subjectId">The subject whose finding is waived, or <see langword="null"/> for every subject.</param>
    /// <param name="reason">Why the deviation is accepted.</param>
    /// <param name="expires">The last day the waiver holds.</param>
    /// <param name="owner">Who answers for the waiver, if named.</param>
    /// <param name="source">Where the waiver is written, if it came from a file.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> or <paramref name="reason"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    public Waiver(string ruleId, string? subjectId, string reason, DateOnly expires, string? owner = null, SourceLocation? source = null)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        RuleId = ruleId;
        SubjectId = subjectId;
        Reason = reason;
        Expires = expires;
        Owner = owner;
        Source = source;
    }

    /// <summary>Gets the rule whose findings are waived.</summary>
    public string RuleId { get; }

    /// <summary>Gets the subject whose finding is waived, or <see langword="null"/> for every subject of the rule.</summary>
    public string? SubjectId { get; }

    /// <summary>Gets why the deviation is accepted.</summary>
    public string Reason { get; }

    /// <summary>Gets the last day the waiver holds.</summary>
    public DateOnly Expires { get; }

    /// <summary>Gets who answers for the waiver, if named.</summary>
    public string? Owner { get; }

    /// <summary>Gets where the waiver is written, if it came from a file.</summary>
    public SourceLocation? Source { get; }

    /// <summary>Tells whether the waiver has expired on a date.</summary>
    /// <param name="date">The evaluation date.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> is after <see cref="Expires"/>.</returns>
    public bool IsExpiredOn(DateOnly date) => date > Expires;

    internal bool Matches(string ruleId, string subjectId) =>
        string.Equals(RuleId, ruleId, StringComparison.Ordinal) && (SubjectId is null || string.Equals(SubjectId, subjectId, StringComparison.Ordinal));
}
