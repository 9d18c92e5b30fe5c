namespace S3Criteria.Engine;

/// <summary>
/// Collects what rules matched during one evaluation. Rule actions call it with small records; whether a match is a
/// failure or lacks data, and every text, are decided after firing, only for the rules that matched.
/// </summary>
internal sealed class EvaluationSink
{
    /// <summary>Gets the subjects each rule matched: ones it applies to that lack data it needs or fail its requirement.</summary>
    public List<(int Rule, object Subject)> Matches { get; } = [];

    public List<(int Rule, object? Subject, Exception Exception)> Errors { get; } = [];

    public void Match(int rule, object subject) => Matches.Add((rule, subject));

    public void Error(int rule, object? subject, Exception exception) => Errors.Add((rule, subject, exception));
}
