using S3Criteria.Model;

namespace S3Criteria.Rules.Language;

/// <summary>
/// The one fact per evaluation that every rule joins with: the strategy as a whole and the evaluation date.
/// </summary>
internal sealed class EvaluationScope(Strategy strategy, DateOnly today)
{
    public Strategy Strategy { get; } = strategy;

    public DateOnly Today { get; } = today;
}
