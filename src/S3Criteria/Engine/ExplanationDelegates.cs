using System.Linq.Expressions;
using S3Criteria.Rules.Language;

namespace S3Criteria.Engine;

/// <summary>
/// Turns expressions over (scope, subject) into delegates over (scope, object) that explain findings after the engine
/// has fired (evidence, message placeholders, missing data, applicability). They run only for the rules that fired, so
/// they compile in tiers. Nested scans joined on a key read the evaluation's index, as the conditions do.
/// </summary>
internal static class ExplanationDelegates
{
    public static TieredDelegate<Func<EvaluationScope, object, object?>> Value(Expression body, ParameterExpression scope, ParameterExpression? subject) =>
        new(Lambda<object?>(Expression.Convert(body, typeof(object)), scope, subject));

    public static TieredDelegate<Func<EvaluationScope, object, bool>> Predicate(Expression body, ParameterExpression scope, ParameterExpression? subject) =>
        new(Lambda<bool>(body, scope, subject));

    private static Expression<Func<EvaluationScope, object, T>> Lambda<T>(Expression body, ParameterExpression scope, ParameterExpression? subject)
    {
        body = ScanIndexRewriter.Rewrite(body, scope);
        var value = Expression.Parameter(typeof(object), "value");
        var block = subject is null
            ? body
            : Expression.Block([subject], Expression.Assign(subject, Expression.Convert(value, subject.Type)), body);
        return Expression.Lambda<Func<EvaluationScope, object, T>>(block, scope, value);
    }
}
