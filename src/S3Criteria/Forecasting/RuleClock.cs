namespace S3Criteria.Forecasting;

/// <summary>
/// How one rule depends on the evaluation date, read from its expressions: whether it reads <c>today</c> (directly or
/// through <c>running(p)</c>), which date and year fields of the model it names, which durations it adds to or
/// subtracts from dates, and which dates it writes as literals. The forecast derives its change points from these.
/// </summary>
internal sealed class RuleClock
{
    /// <summary>Gets the rule's identifier.</summary>
    public required string RuleId { get; init; }

    /// <summary>Gets a value indicating whether the rule's result can change with the evaluation date.</summary>
    public required bool ReadsToday { get; init; }

    /// <summary>Gets the kebab-case names of the date and year fields the rule names.</summary>
    public required IReadOnlySet<string> Fields { get; init; }

    /// <summary>Gets the durations the rule moves dates by, each with its sign and the parameter that sets it, if any.</summary>
    public required IReadOnlyList<ClockOffset> Offsets { get; init; }

    /// <summary>Gets the dates the rule writes as literals (<c>'2027-01-01'</c>, <c>date(2027, 1, 1)</c>).</summary>
    public required IReadOnlyList<DateOnly> Literals { get; init; }

    /// <summary>Gets a value indicating whether the rule uses a duration that is neither a number nor a parameter, so its change points may be incomplete.</summary>
    public required bool HasUnresolvedOffset { get; init; }
}
