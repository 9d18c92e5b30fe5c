using System.Linq.Expressions;
using S3Criteria.Diagnostics;
using S3Criteria.Model;

namespace S3Criteria.Rules.Language;

/// <content>
/// Aggregates over a collection, <c>count(p in partnerships where …)</c> and the like: the item is a local name while
/// the filter and the value of each item are bound, and the aggregate compiles to a call of <see cref="RuleFunctions"/>.
/// </content>
internal sealed partial class ExpressionBinder
{
    private Typed? BindAggregate(AggregateExpr aggregate)
    {
        var function = FunctionCatalogue.Get(aggregate.Function);
        var source = Bind(aggregate.Source);
        if (source is null)
        {
            return null;
        }

        if (source.Type.Kind != DataTypeKind.List)
        {
            Report(Messages.AggregateNeedsList, aggregate.Source.Position, ("function", function.Name), ("type", source.Type.DisplayName));
            return null;
        }

        if (IsNameTaken(aggregate.Variable) || _names.IsLocal(aggregate.Variable))
        {
            Report(Messages.ItemNameTaken, aggregate.VariablePosition, ("name", aggregate.Variable));
            return null;
        }

        var item = Expression.Parameter(ElementClr(source.Type), aggregate.Variable);
        Expression itemValue = item.Type == source.Type.Element!.ClrType ? item : Expression.Convert(item, source.Type.Element.ClrType);
        _names.PushLocal(aggregate.Variable, new Typed(source.Type.Element, itemValue));
        _aggregateDepth++;
        try
        {
            return BindItems(aggregate, function, source, item);
        }
        finally
        {
            _aggregateDepth--;
            _names.PopLocal();
        }
    }

    /// <summary>Binds the filter and the aggregate itself, with the item's name in scope.</summary>
    private Typed? BindItems(AggregateExpr aggregate, FunctionInfo function, Typed source, ParameterExpression item)
    {
        var predicate = BindFilter(aggregate, item);
        if (predicate is null)
        {
            return null;
        }

        switch (function.Function)
        {
            case BuiltinFunction.Count:
                return Call(function, nameof(RuleFunctions.Count), item, source, predicate);
            case BuiltinFunction.Exists or BuiltinFunction.None:
                Expression any = Expression.Call(Method(nameof(RuleFunctions.Any)).MakeGenericMethod(item.Type), source.Expression, predicate, _rule);
                return new Typed(function.Returns, function.Function == BuiltinFunction.Exists ? any : Expression.Not(any));
            case BuiltinFunction.Share:
                return Call(function, nameof(RuleFunctions.Share), item, source, predicate);
            case BuiltinFunction.CountDistinct or BuiltinFunction.List:
                return BindDistinct(aggregate, function, source, item, predicate);
            default:
                return BindSum(aggregate, function, source, item, predicate);
        }
    }

    /// <summary>Binds the <c>where</c> of an aggregate to a predicate over the item, or to a null predicate when there is none.</summary>
    private Expression? BindFilter(AggregateExpr aggregate, ParameterExpression item)
    {
        if (aggregate.Filter is null)
        {
            return NoPredicate(item.Type);
        }

        var filter = Bind(aggregate.Filter);
        if (filter is null || !Require(filter, DataType.Boolean, aggregate.Filter.Position, Messages.WhereNeedsCondition))
        {
            return null;
        }

        return Expression.Lambda(typeof(Func<,>).MakeGenericType(item.Type, typeof(bool)), filter.Expression, item);
    }

    /// <summary>Binds <c>count-distinct(…)</c> or <c>list(…)</c>: the value of each item, boxed, is the key.</summary>
    private Typed? BindDistinct(AggregateExpr aggregate, FunctionInfo function, Typed source, ParameterExpression item, Expression predicate)
    {
        var value = Bind(aggregate.Projection!);
        if (value is null)
        {
            return null;
        }

        if (!value.Type.IsScalar)
        {
            Report(Messages.AggregateNeedsSingleValues, aggregate.Projection!.Position, ("function", function.Name), ("type", value.Type.DisplayName));
            return null;
        }

        var key = Expression.Lambda(typeof(Func<,>).MakeGenericType(item.Type, typeof(object)), Expression.Convert(value.Expression, typeof(object)), item);
        var method = function.Function == BuiltinFunction.List ? nameof(RuleFunctions.List) : nameof(RuleFunctions.CountDistinct);
        return Call(function, method, item, source, predicate, key);
    }

    private Typed? BindSum(AggregateExpr aggregate, FunctionInfo function, Typed source, ParameterExpression item, Expression predicate)
    {
        var projection = Bind(aggregate.Projection!);
        if (projection is null || !Require(projection, DataType.Number, aggregate.Projection!.Position, Messages.SumNeedsNumbers))
        {
            return null;
        }

        var selector = Expression.Lambda(typeof(Func<,>).MakeGenericType(item.Type, typeof(decimal?)), projection.Expression, item);
        return Call(function, nameof(RuleFunctions.Sum), item, source, predicate, selector);
    }

    /// <summary>Calls the <see cref="RuleFunctions"/> method <paramref name="method"/>, made generic over the item's type, for this binder's rule.</summary>
    private Typed Call(FunctionInfo function, string method, ParameterExpression item, Typed source, params Expression[] arguments) =>
        new(function.Returns, Expression.Call(Method(method).MakeGenericMethod(item.Type), [source.Expression, .. arguments, _rule]));

    /// <summary>A null <c>Func&lt;T, bool&gt;</c>: the aggregate takes every item.</summary>
    private static ConstantExpression NoPredicate(Type element) =>
        Expression.Constant(null, typeof(Func<,>).MakeGenericType(element, typeof(bool)));
}
