using S3Criteria.Reports;

namespace S3Criteria.Forecasting;

/// <summary>A finding that appears, disappears or loses its waiver on a change date, with the values that cause it.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class FindingChange
{
    internal FindingChange(FindingChangeKind kind, Finding finding, IReadOnlyList<ChangeCause> causes)
    {
        Kind = kind;
        Finding = finding;
        Causes = causes;
    }

    /// <summary>Gets how the finding changes.</summary>
    public FindingChangeKind Kind { get; }

    /// <summary>Gets the finding: as raised from the change date, or, for one that disappears, as raised the day before.</summary>
    public Finding Finding { get; }

    /// <summary>Gets the values of the document (or waivers, or rules) that change the finding on this date, as far as they can be told.</summary>
    public IReadOnlyList<ChangeCause> Causes { get; }
}
