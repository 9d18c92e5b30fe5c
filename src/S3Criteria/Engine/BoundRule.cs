using System.Linq.Expressions;
using S3Criteria.Model;
using S3Criteria.Rules;
using S3Criteria.Rules.Language;

namespace S3Criteria.Engine;

/// <summary>A rule whose expressions are type-checked and bound to LINQ expressions: ready to become NRules definitions.</summary>
internal sealed class BoundRule
{
    public required ComposedRule Rule { get; init; }

    /// <summary>Gets the criterion the rule checks.</summary>
    public required string CriterionId { get; init; }

    public required SubjectKind SubjectKind { get; init; }

    /// <summary>Gets the scope parameter the expressions use.</summary>
    public required ParameterExpression Scope { get; init; }

    /// <summary>Gets the subject parameter the expressions use, or <see langword="null"/> for a rule about the strategy.</summary>
    public required ParameterExpression? Subject { get; init; }

    /// <summary>Gets the parameters the rule's expressions use, ordered by name.</summary>
    public required IReadOnlyList<string> Parameters { get; init; }

    /// <summary>Gets the condition under which the rule applies, if it has one.</summary>
    public required Expression? Applies { get; init; }

    /// <summary>Gets the data the rule needs (declared, then implied by its condition), and a test of whether it is given.</summary>
    public required IReadOnlyList<(string Path, Expression Present)> Needs { get; init; }

    /// <summary>Gets the condition the subject must meet.</summary>
    public required Expression Require { get; init; }

    /// <summary>Gets the named values (<c>let</c>) reported as evidence.</summary>
    public required IReadOnlyList<(string Name, TieredDelegate<Func<EvaluationScope, object, object?>> Value)> Evidence { get; init; }

    public required CompiledTemplate Message { get; init; }

    public required CompiledTemplate? Recommendation { get; init; }
}
