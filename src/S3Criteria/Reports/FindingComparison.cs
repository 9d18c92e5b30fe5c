namespace S3Criteria.Reports;

/// <summary>The open finding of one rule on one subject in two evaluations: its status before and after.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class FindingComparison
{
    internal FindingComparison(Finding? before, Finding? after)
    {
        var either = after ?? before ?? throw new ArgumentException("A finding comparison needs a finding before or after.", nameof(after));
        Subject = either.Subject;
        Message = either.Message;
        Before = before?.Status;
        After = after?.Status;
        Change = (Before, After) switch
        {
            (null, _) => FindingChange.New,
            (_, null) => FindingChange.Fixed,
            var (b, a) when b == a => FindingChange.StillOpen,
            _ => FindingChange.AssessabilityChanged,
        };
    }

    /// <summary>Gets the subject, as the later evaluation names it when it has the finding.</summary>
    public Subject Subject { get; }

    /// <summary>Gets the finding's message, from the later evaluation when it has the finding.</summary>
    public string Message { get; }

    /// <summary>Gets the finding's status before; <see langword="null"/> when it was not open (the rule passed, was not applicable, or the finding was waived).</summary>
    public FindingStatus? Before { get; }

    /// <summary>Gets the finding's status after; <see langword="null"/> when it is not open.</summary>
    public FindingStatus? After { get; }

    /// <summary>Gets what happened to the finding.</summary>
    public FindingChange Change { get; }
}
