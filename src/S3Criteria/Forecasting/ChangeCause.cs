using S3Criteria.Diagnostics;
using S3Criteria.Reports;
using S3Criteria.Rules;
using S3Criteria.Waivers;

namespace S3Criteria.Forecasting;

/// <summary>
/// A value that makes a result change on a date: a date of the document (with the offset a rule adds to it, and the
/// parameters that set the offset), a waiver's expiry, or a date written in a rule. For example "partnership
/// 'INNOACE' ends 2027-06-30" (the change comes the day after), or "the analysis, updated 2024-09-30, +3 years
/// (max-analysis-age-years)".
/// </summary>
/// <threadsafety static="true" instance="true"/>
public sealed class ChangeCause
{
    internal ChangeCause(ChangeCauseKind kind, DateOnly date, DateOffset offset, bool dayAfter, IReadOnlyList<string> rules, IReadOnlyList<RuleParameterDescriptor> parameters)
    {
        Kind = kind;
        Date = date;
        Offset = offset;
        DayAfter = dayAfter;
        Rules = rules;
        Parameters = parameters;
    }

    /// <summary>Gets where the date comes from.</summary>
    public ChangeCauseKind Kind { get; }

    /// <summary>Gets the date: the document's value (for a year field, its first or last day), the last day of a waiver, or the rule's date.</summary>
    public DateOnly Date { get; }

    /// <summary>Gets the offset a rule adds to <see cref="Date"/> before comparing it with the evaluation date; <see cref="DateOffset.None"/> when none.</summary>
    public DateOffset Offset { get; }

    /// <summary>Gets a value indicating whether the change comes the day after <see cref="Date"/> moved by <see cref="Offset"/> (an end date, an expiry, an age passed), rather than on that day.</summary>
    public bool DayAfter { get; }

    /// <summary>Gets the rules whose result the date can change.</summary>
    public IReadOnlyList<string> Rules { get; }

    /// <summary>Gets the rule-set parameters that set <see cref="Offset"/>: thresholds of the rule set, not of the regulation.</summary>
    public IReadOnlyList<RuleParameterDescriptor> Parameters { get; }

    /// <summary>Gets the document path of the value, such as <c>partnerships[2].end</c>, for a document date.</summary>
    public string? Path { get; init; }

    /// <summary>Gets the kebab-case field, such as <c>end</c> or <c>updated</c>, for a document date.</summary>
    public string? Field { get; init; }

    /// <summary>Gets the year, for a year field such as <c>target-year</c>.</summary>
    public int? Year { get; init; }

    /// <summary>Gets what the value belongs to (the strategy, or a partnership, an indicator...), for a document date.</summary>
    public Subject? Subject { get; init; }

    /// <summary>Gets where the value is written: in the document, or the waiver in its file.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>Gets the waiver, for a waiver's expiry.</summary>
    public Waiver? Waiver { get; init; }
}
