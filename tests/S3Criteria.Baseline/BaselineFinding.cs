namespace S3Criteria.Baseline;

/// <summary>A finding as the hand-written evaluator reports it: rule, subject, and whether it failed or lacked data.</summary>
/// <param name="RuleId">The rule, such as <c>C7-01</c>.</param>
/// <param name="SubjectId">The identifier of the subject: the strategy, a priority area, a partnership or an action.</param>
/// <param name="CannotAssess">
/// <see langword="true"/> when the rule cannot assess the subject because the document does not state a collection the
/// rule reads (the engine's <c>FindingStatus.CannotAssess</c>); <see langword="false"/> when the subject failed the rule.
/// </param>
public readonly record struct BaselineFinding(string RuleId, string SubjectId, bool CannotAssess)
{
    /// <inheritdoc/>
    public override string ToString() => $"{RuleId} {SubjectId}{(CannotAssess ? " (cannot assess)" : string.Empty)}";
}
