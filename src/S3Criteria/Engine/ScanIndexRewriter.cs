using System.Linq.Expressions;
using System.Reflection;
using S3Criteria.Model;
using S3Criteria.Rules.Language;

namespace S3Criteria.Engine;

/// <summary>
/// Makes nested scans linear: an aggregate over a collection of the strategy (<c>count</c>, <c>exists</c>,
/// <c>none</c>, <c>sum</c>, <c>count-distinct</c>, <c>list</c>) whose filter joins each item on a text key to a value
/// of the enclosing expression (the rule's subject, or the item of an enclosing aggregate) reads the items filed
/// under that value in a per-evaluation <see cref="ScanIndex"/>, instead of testing every item.
/// </summary>
/// <remarks>
/// <para>The joins recognised, as the first part of the filter's <c>and</c> chain that has one of these forms
/// (<c>x</c> is the item; <c>k</c> and <c>ks</c> do not read <c>x</c> and read more than the scope):</para>
/// <list type="bullet">
/// <item><c>k in x.list</c>: the items whose list holds <c>k</c> (<c>priority.id in p.priorities</c>);</item>
/// <item><c>x.key == k</c> or <c>k == x.key</c>: the items whose key is <c>k</c> (<c>i.priority == priority.id</c>);</item>
/// <item><c>x.key in ks</c>: the items whose key is in <c>ks</c> (<c>pr.id in partnership.priorities</c>);</item>
/// <item><c>exists(y in x.list where y in ks)</c>: the items whose list shares a text with <c>ks</c>.</item>
/// </list>
/// <para>
/// The rest of the filter is tested on those items only, in the same order, so the result is the same; a part of the
/// filter that would fail (an error) on an item the join excludes is no longer evaluated there. <c>share</c> is
/// never rewritten: it divides by the whole collection. Keys are texts (identifiers); joins on other types stay
/// scans.
/// </para>
/// </remarks>
internal sealed class ScanIndexRewriter : ExpressionVisitor
{
    private static readonly HashSet<string> Aggregates = new(StringComparer.Ordinal)
    {
        nameof(RuleFunctions.Count), nameof(RuleFunctions.Any), nameof(RuleFunctions.Sum), nameof(RuleFunctions.CountDistinct), nameof(RuleFunctions.List),
    };

    private static readonly MethodInfo ItemsMethod = typeof(ScanIndex).GetMethod(nameof(ScanIndex.Items))!;
    private static readonly MethodInfo ItemsOfAnyMethod = typeof(ScanIndex).GetMethod(nameof(ScanIndex.ItemsOfAny))!;
    private static readonly MethodInfo ContainsMethod = typeof(RuleFunctions).GetMethod(nameof(RuleFunctions.Contains))!;

    private readonly ParameterExpression _scope;

    private ScanIndexRewriter(ParameterExpression scope) => _scope = scope;

    /// <summary>Rewrites the nested scans of <paramref name="expression"/> that are joined on a key.</summary>
    /// <param name="expression">A bound expression over the scope (and the subject).</param>
    /// <param name="scope">The scope parameter of <paramref name="expression"/>.</param>
    /// <returns>The expression, with indexed lookups where it scanned.</returns>
    public static Expression Rewrite(Expression expression, ParameterExpression scope) => new ScanIndexRewriter(scope).Visit(expression);

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var visited = (MethodCallExpression)base.VisitMethodCall(node);
        if (visited.Method.DeclaringType != typeof(RuleFunctions)
            || !visited.Method.IsGenericMethod
            || !Aggregates.Contains(visited.Method.Name)
            || visited.Arguments.Count < 2
            || visited.Arguments[1] is not LambdaExpression { Parameters: [var item] } predicate
            || CollectionOf(visited.Arguments[0]) is not { } collection)
        {
            return visited;
        }

        var conjuncts = NRulesDefinitions.Conjuncts(predicate.Body).ToList();
        for (var i = 0; i < conjuncts.Count; i++)
        {
            if (Lookup(conjuncts[i], item, collection) is { } lookup)
            {
                var rest = conjuncts.Where((_, j) => j != i).ToList();
                Expression filter = rest.Count == 0
                    ? Expression.Constant(null, predicate.Type)
                    : Expression.Lambda(predicate.Type, rest.Aggregate(Expression.AndAlso), predicate.Parameters);
                return visited.Update(null, [lookup, filter, .. visited.Arguments.Skip(2)]);
            }
        }

        return visited;
    }

    /// <summary>The strategy's collection an aggregate scans: <c>scope.Strategy.X</c>, read as empty when absent.</summary>
    private PropertyInfo? CollectionOf(Expression source)
    {
        if (source is BinaryExpression { NodeType: ExpressionType.Coalesce, Right: ConstantExpression } coalesce)
        {
            source = coalesce.Left;
        }

        return source is MemberExpression { Member: PropertyInfo collection, Expression: MemberExpression { Member: PropertyInfo { Name: nameof(EvaluationScope.Strategy) }, Expression: var scope } }
            && scope == _scope
            && collection.DeclaringType == typeof(Strategy)
            ? collection
            : null;
    }

    /// <summary>An indexed lookup that stands for the join <paramref name="conjunct"/>, if it is one.</summary>
    private MethodCallExpression? Lookup(Expression conjunct, ParameterExpression item, PropertyInfo collection)
    {
        switch (conjunct)
        {
            case MethodCallExpression { Method: var method, Arguments: [var list, var value, _] } when method == ContainsMethod:
                // k in x.list, or x.key in ks
                if (PathOf(list, item) is { } listKey && IsOuter(value, item))
                {
                    return Call(ItemsMethod, item, collection, listKey, keyIsList: true, value);
                }

                return PathOf(value, item) is { } scalarKey && IsOuter(list, item)
                    ? Call(ItemsOfAnyMethod, item, collection, scalarKey, keyIsList: false, list)
                    : null;

            case BinaryExpression { NodeType: ExpressionType.Equal, Left: var left, Right: var right } when left.Type == typeof(string) && right.Type == typeof(string):
                // x.key == k, or k == x.key
                if (PathOf(left, item) is { } leftKey && IsOuter(right, item))
                {
                    return Call(ItemsMethod, item, collection, leftKey, keyIsList: false, right);
                }

                return PathOf(right, item) is { } rightKey && IsOuter(left, item)
                    ? Call(ItemsMethod, item, collection, rightKey, keyIsList: false, left)
                    : null;

            case MethodCallExpression { Method: { Name: nameof(RuleFunctions.Any), IsGenericMethod: true } any, Arguments: [var list, LambdaExpression { Parameters: [var each], Body: MethodCallExpression { Arguments: [var keys, var member, _] } inner }, _] }
                when any.DeclaringType == typeof(RuleFunctions) && inner.Method == ContainsMethod && member == each:
                // exists(y in x.list where y in ks)
                return PathOf(list, item) is { } sharedKey && IsOuter(keys, item) && !FreeParameters.Of(keys).Contains(each)
                    ? Call(ItemsOfAnyMethod, item, collection, sharedKey, keyIsList: true, keys)
                    : null;

            default:
                return null;
        }
    }

    private MethodCallExpression Call(MethodInfo method, ParameterExpression item, PropertyInfo collection, IReadOnlyList<PropertyInfo> key, bool keyIsList, Expression value)
    {
        var index = ScanIndex.For(collection, key, keyIsList);
        return Expression.Call(method.MakeGenericMethod(item.Type), _scope, Expression.Constant(index), value);
    }

    /// <summary>A value of the enclosing expression: it does not read the item, and reads more than the scope (else it is the same for every subject).</summary>
    private bool IsOuter(Expression value, ParameterExpression item)
    {
        var free = FreeParameters.Of(value);
        return !free.Contains(item) && free.Any(p => p != _scope);
    }

    /// <summary>The properties that lead from <paramref name="item"/> to <paramref name="key"/>, when the key is a text or a list of texts read from it.</summary>
    private static List<PropertyInfo>? PathOf(Expression key, ParameterExpression item)
    {
        if (key.Type != typeof(string) && key.Type != typeof(IReadOnlyList<string>))
        {
            return null;
        }

        var path = new List<PropertyInfo>();
        var at = key;
        while (true)
        {
            switch (at)
            {
                case UnaryExpression { NodeType: ExpressionType.Convert, Operand: var operand } when !operand.Type.IsValueType:
                    at = operand;
                    continue;
                case BinaryExpression { NodeType: ExpressionType.Coalesce, Left: var left, Right: ConstantExpression }:
                    at = left;
                    continue;
                case MemberExpression { Member: PropertyInfo property, Expression: { } target }:
                    path.Insert(0, property);
                    at = target;
                    continue;
                case ParameterExpression parameter when parameter == item && path.Count > 0:
                    return path;
                default:
                    return null;
            }
        }
    }
}
