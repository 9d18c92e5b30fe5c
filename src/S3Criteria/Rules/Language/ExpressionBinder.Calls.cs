using System.Linq.Expressions;
using S3Criteria.Diagnostics;
using S3Criteria.Model;

namespace S3Criteria.Rules.Language;

/// <content>Function calls with one argument, checked against <see cref="FunctionCatalogue"/>: <c>count(list)</c>, <c>year(d)</c>, <c>date('…')</c>, <c>years(n)</c>.</content>
internal sealed partial class ExpressionBinder
{
    private Typed? BindCall(CallExpr call)
    {
        if (!FunctionCatalogue.TryFind(call.Name, out var function))
        {
            var names = FunctionCatalogue.Names;
            Report(Messages.UnknownFunction, call.Position, ("name", call.Name), ("suggestion", NameSuggester.Suggest(call.Name, names)), ("functions", names), ("hint", MinusHint(call.Name)));
            return null;
        }

        if (call.Arguments.Count != 1)
        {
            Report(Messages.FunctionArity, call.Position, ("function", function.Name), ("count", call.Arguments.Count));
            return null;
        }

        if (!function.IsCallable)
        {
            Report(function.TakesValue ? Messages.WriteValueAggregate : Messages.WriteAggregate, call.Position, ("function", function.Name));
            return null;
        }

        var argumentExpr = call.Arguments[0];
        var argument = Bind(argumentExpr, function.Function == BuiltinFunction.Date ? DataType.Date : null);
        if (argument is null)
        {
            return null;
        }

        return function.Function switch
        {
            BuiltinFunction.Count => CountCall(function, argument, argumentExpr.Position),
            BuiltinFunction.Year => Require(argument, DataType.Date, argumentExpr.Position, Messages.YearNeedsDate)
                ? new Typed(function.Returns, Expression.Call(Method(nameof(RuleFunctions.Year)), argument.Expression))
                : null,
            BuiltinFunction.Date => DateCall(argument, argumentExpr.Position),
            BuiltinFunction.Running => RunningCall(argument, argumentExpr.Position),
            _ => DurationCall(function, argument, argumentExpr.Position),
        };
    }

    private Typed? CountCall(FunctionInfo function, Typed list, int position)
    {
        if (list.Type.Kind != DataTypeKind.List)
        {
            Report(Messages.CountNeedsList, position, ("type", list.Type.DisplayName));
            return null;
        }

        var element = ElementClr(list.Type);
        return new Typed(function.Returns, Expression.Call(Method(nameof(RuleFunctions.Count)).MakeGenericMethod(element), list.Expression, NoPredicate(element), _rule));
    }

    /// <summary>Binds <c>running(p)</c> to <see cref="Partnership.IsRunningOn"/> on the evaluation date: the one definition of "running".</summary>
    private Typed? RunningCall(Typed partnership, int position)
    {
        if (partnership.Type.Kind != DataTypeKind.Object || partnership.Type.Model!.ClrType != typeof(Partnership))
        {
            Report(Messages.RunningNeedsPartnership, position, ("type", partnership.Type.DisplayName));
            return null;
        }

        var today = Expression.Property(_names.Scope, nameof(EvaluationScope.Today));
        return new Typed(DataType.Boolean, Expression.Call(partnership.Expression, nameof(Partnership.IsRunningOn), null, today));
    }

    private Typed? DateCall(Typed date, int position)
    {
        if (!date.IsConstant)
        {
            Report(Messages.DateNeedsConstant, position);
            return null;
        }

        return date;
    }

    /// <summary>Binds <c>years(n)</c>, <c>months(n)</c> or <c>days(n)</c>.</summary>
    private Typed? DurationCall(FunctionInfo function, Typed count, int position)
    {
        if (!Require(count, DataType.Number, position, Messages.DurationNeedsNumber, ("function", function.Name)))
        {
            return null;
        }

        var factory = function.Function switch
        {
            BuiltinFunction.Years => nameof(DateSpan.FromYears),
            BuiltinFunction.Months => nameof(DateSpan.FromMonths),
            _ => nameof(DateSpan.FromDays),
        };
        return new Typed(function.Returns, Expression.Call(typeof(DateSpan).GetMethod(factory)!, count.Expression));
    }
}
