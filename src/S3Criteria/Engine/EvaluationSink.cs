namespace S3Criteria.Engine;

/// <summary>
/// Collects what rules matched during one evaluation. Rule actions call it with small records; messages and evidence
/// are built after firing, only for the rules that fired.
/// </summary>
internal sealed class EvaluationSink
{
    private readonly bool[] _applicable;

    public EvaluationSink(int ruleCount) => _applicable = new bool[ruleCount];

    public List<(int Rule, object Subject)> Failures { get; } = [];

    public List<(int Rule, object Subject)> MissingData { get; } = [];

    public List<(int Rule, object? Subject, Exception Exception)> Errors { get; } = [];

    public bool IsApplicable(int rule) => _applicable[rule];

    public void Fail(int rule, object subject) => Failures.Add((rule, subject));

    public void Missing(int rule, object subject) => MissingData.Add((rule, subject));

    public void Applies(int rule) => _applicable[rule] = true;

    public void Error(int rule, object? subject, Exception exception) => Errors.Add((rule, subject, exception));
}
