using System.Linq.Expressions;

namespace S3Criteria.Engine;

/// <summary>The parameters an expression reads that it does not declare itself (in a nested lambda or block).</summary>
internal sealed class FreeParameters : ExpressionVisitor
{
    private readonly HashSet<ParameterExpression> _found = [];
    private readonly List<IReadOnlyCollection<ParameterExpression>> _declared = [];

    private FreeParameters()
    {
    }

    /// <summary>Gets the free parameters of <paramref name="expression"/>.</summary>
    public static HashSet<ParameterExpression> Of(Expression expression)
    {
        var finder = new FreeParameters();
        finder.Visit(expression);
        return finder._found;
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        if (!_declared.Any(scope => scope.Contains(node)))
        {
            _found.Add(node);
        }

        return node;
    }

    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        _declared.Add(node.Parameters);
        Visit(node.Body);
        _declared.RemoveAt(_declared.Count - 1);
        return node;
    }

    protected override Expression VisitBlock(BlockExpression node)
    {
        _declared.Add(node.Variables);
        Visit(node.Expressions);
        _declared.RemoveAt(_declared.Count - 1);
        return node;
    }
}
