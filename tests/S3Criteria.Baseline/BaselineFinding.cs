namespace S3Criteria.Baseline;

/// <summary>A finding as the hand-written evaluator reports it: rule, subject, and whether it failed or lacked data.</summary>
public readonly record struct BaselineFinding(string RuleId, string SubjectId, bool CannotAssess)
{
    public override string ToString() => $"{RuleId} {SubjectId}{(CannotAssess ? " (cannot assess)" : string.Empty)}";
}
