using System.Linq.Expressions;
using S3Criteria.Diagnostics;
using S3Criteria.Model;

namespace S3Criteria.Rules.Language;

/// <content>Operators: <c>not</c> and unary minus, <c>and</c>/<c>or</c>, comparisons and arithmetic.</content>
internal sealed partial class ExpressionBinder
{
    private Typed? BindUnary(UnaryExpr unary)
    {
        var operand = Bind(unary.Operand);
        if (operand is null)
        {
            return null;
        }

        if (unary.Operator == UnaryOperator.Not)
        {
            return Require(operand, DataType.Boolean, unary.Operand.Position, Messages.NotNeedsCondition)
                ? new Typed(DataType.Boolean, Expression.Not(operand.Expression))
                : null;
        }

        return Require(operand, DataType.Number, unary.Operand.Position, Messages.NegateNeedsNumber)
            ? new Typed(DataType.Number, Expression.Negate(operand.Expression))
            : null;
    }

    private Typed? BindBinary(BinaryExpr binary)
    {
        switch (binary.Operator)
        {
            case BinaryOperator.And or BinaryOperator.Or:
                return BindLogical(binary);
            case BinaryOperator.In:
                return BindIn(binary);
        }

        var (left, right) = BindOperands(binary);
        if (left is null || right is null)
        {
            return null;
        }

        return binary.Operator switch
        {
            BinaryOperator.Equal or BinaryOperator.NotEqual => BindEquality(binary, left, right),
            BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual => BindOrder(binary, left, right),
            BinaryOperator.Plus or BinaryOperator.Minus when left.Type.Kind == DataTypeKind.Date && right.Type.Kind == DataTypeKind.Duration => AddDuration(binary, left, right),
            BinaryOperator.Plus or BinaryOperator.Minus or BinaryOperator.Times or BinaryOperator.Divide => BindArithmetic(binary, left, right),
            _ => throw new InvalidOperationException(binary.Operator.ToString()),
        };
    }

    private Typed? BindLogical(BinaryExpr binary)
    {
        var l = Bind(binary.Left);
        var r = Bind(binary.Right);
        var op = ("operator", (object?)binary.Operator.Spelling());
        if (l is null || r is null
            || !Require(l, DataType.Boolean, binary.Left.Position, Messages.LogicNeedsConditions, op)
            || !Require(r, DataType.Boolean, binary.Right.Position, Messages.LogicNeedsConditions, op))
        {
            return null;
        }

        return new Typed(DataType.Boolean, binary.Operator == BinaryOperator.And ? Expression.AndAlso(l.Expression, r.Expression) : Expression.OrElse(l.Expression, r.Expression));
    }

    /// <summary>
    /// Binds the side that can be typed on its own first, then the other as that type, so that
    /// <c>active == p.status</c> works like <c>p.status == active</c>.
    /// </summary>
    private (Typed? Left, Typed? Right) BindOperands(BinaryExpr binary)
    {
        var leftFirst = !(binary.Left is NameExpr name && !IsKnownName(name.Name)) && binary.Left is not ListExpr;
        if (leftFirst)
        {
            var left = Bind(binary.Left);
            return (left, left is null ? null : Bind(binary.Right, left.Type));
        }

        var right = Bind(binary.Right);
        return (right is null ? null : Bind(binary.Left, right.Type), right);
    }

    private Typed? BindEquality(BinaryExpr binary, Typed left, Typed right)
    {
        if (!left.Type.IsScalar || !left.Type.Equals(right.Type))
        {
            return Mismatch(Messages.CannotCompare, binary, left, right);
        }

        return new Typed(DataType.Boolean, binary.Operator == BinaryOperator.Equal ? Expression.Equal(left.Expression, right.Expression) : Expression.NotEqual(left.Expression, right.Expression));
    }

    private Typed? BindOrder(BinaryExpr binary, Typed left, Typed right)
    {
        if (!(left.Type.Kind is DataTypeKind.Number or DataTypeKind.Date) || !left.Type.Equals(right.Type))
        {
            return Mismatch(Messages.CannotOrder, binary, left, right);
        }

        return new Typed(DataType.Boolean, binary.Operator switch
        {
            BinaryOperator.Less => Expression.LessThan(left.Expression, right.Expression),
            BinaryOperator.LessOrEqual => Expression.LessThanOrEqual(left.Expression, right.Expression),
            BinaryOperator.Greater => Expression.GreaterThan(left.Expression, right.Expression),
            _ => Expression.GreaterThanOrEqual(left.Expression, right.Expression),
        });
    }

    private static Typed AddDuration(BinaryExpr binary, Typed date, Typed duration) =>
        new(DataType.Date, Expression.Call(typeof(DateSpan).GetMethod(nameof(DateSpan.Add))!, date.Expression, duration.Expression, Expression.Constant(binary.Operator == BinaryOperator.Plus ? 1 : -1)));

    private Typed? BindArithmetic(BinaryExpr binary, Typed left, Typed right)
    {
        if (left.Type.Kind != DataTypeKind.Number || right.Type.Kind != DataTypeKind.Number)
        {
            return Mismatch(Messages.CannotCompute, binary, left, right);
        }

        return new Typed(DataType.Number, binary.Operator switch
        {
            BinaryOperator.Plus => Expression.Add(left.Expression, right.Expression),
            BinaryOperator.Minus => Expression.Subtract(left.Expression, right.Expression),
            BinaryOperator.Times => Expression.Multiply(left.Expression, right.Expression),
            _ => Expression.Divide(left.Expression, right.Expression),
        });
    }

    private Typed? Mismatch(Message message, BinaryExpr binary, Typed left, Typed right)
    {
        Report(message, binary.OperatorPosition, ("operator", binary.Operator.Spelling()), ("left", left.Type.DisplayName), ("right", right.Type.DisplayName));
        return null;
    }
}
