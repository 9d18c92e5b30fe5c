using System.Collections;
using System.Linq.Expressions;
using S3Criteria.Diagnostics;
using S3Criteria.Model;

namespace S3Criteria.Rules.Language;

/// <content>
/// Membership, <c>x in [a, b]</c>: against a written list or a list parameter it compiles to a chain of equality tests;
/// against a list field of the model, to a call of <see cref="RuleFunctions.Contains"/> or <see cref="RuleFunctions.ContainsValue"/>.
/// </content>
internal sealed partial class ExpressionBinder
{
    private Typed? BindIn(BinaryExpr binary)
    {
        var value = Bind(binary.Left);
        if (value is null)
        {
            return null;
        }

        if (!value.Type.IsScalar)
        {
            Report(Messages.InNeedsSingleValue, binary.Left.Position, ("type", value.Type.DisplayName));
            return null;
        }

        if (binary.Right is ListExpr list)
        {
            return AnyEqual(binary, value, [.. list.Items.Select(item => Bind(item, value.Type))]);
        }

        var right = Bind(binary.Right, DataType.List(value.Type));
        if (right is null)
        {
            return null;
        }

        if (right.Type.Kind != DataTypeKind.List)
        {
            Report(Messages.InNeedsList, binary.Right.Position, ("type", right.Type.DisplayName));
            return null;
        }

        return right.Constant is IEnumerable constants
            ? AnyEqual(binary, value, ConstantItems(binary, value, right, constants))
            : BindContains(binary, value, right);
    }

    /// <summary>The items of a list parameter, text converted to values of the enumeration <paramref name="value"/> is of.</summary>
    private List<Typed?> ConstantItems(BinaryExpr binary, Typed value, Typed list, IEnumerable constants)
    {
        var items = new List<Typed?>();
        foreach (var item in constants)
        {
            items.Add(item is string text && value.Type.Kind == DataTypeKind.Enum
                ? EnumConstant(text, value.Type, binary.Right.Position, Messages.ListItemNotAnEnumValue)
                : new Typed(list.Type.Element!, Expression.Constant(item, list.Type.Element!.ClrType), item));
        }

        return items;
    }

    /// <summary>Looks for a value in a list field of the model: identifiers (text) or enumeration values.</summary>
    private Typed? BindContains(BinaryExpr binary, Typed value, Typed list)
    {
        var element = list.Type.Element!;
        if (element.Kind == DataTypeKind.Text && value.Type.Kind == DataTypeKind.Text)
        {
            return new Typed(DataType.Boolean, Expression.Call(Method(nameof(RuleFunctions.Contains)), list.Expression, value.Expression, _rule));
        }

        if (element.Kind == DataTypeKind.Enum && element.Equals(value.Type))
        {
            var contains = Method(nameof(RuleFunctions.ContainsValue)).MakeGenericMethod(value.Type.EnumType!);
            return new Typed(DataType.Boolean, Expression.Call(contains, list.Expression, value.Expression, _rule));
        }

        Report(Messages.CannotLookFor, binary.Right.Position, ("value", value.Type.DisplayName), ("list", list.Type.DisplayName));
        return null;
    }

    /// <summary>Compiles <c>value == a or value == b or …</c>, in the order of the list.</summary>
    private Typed? AnyEqual(BinaryExpr binary, Typed value, List<Typed?> items)
    {
        if (items.Any(item => item is null))
        {
            return null;
        }

        Expression test = Expression.Constant(false);
        for (var i = items.Count - 1; i >= 0; i--)
        {
            var item = items[i]!;
            if (!item.Type.Equals(value.Type))
            {
                Report(Messages.ListItemMismatch, binary.Right.Position, ("item", item.Type.DisplayName), ("value", value.Type.DisplayName));
                return null;
            }

            var equal = Expression.Equal(value.Expression, item.Expression);
            test = i == items.Count - 1 ? equal : Expression.OrElse(equal, test);
        }

        return new Typed(DataType.Boolean, test);
    }
}
