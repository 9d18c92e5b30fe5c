namespace S3Criteria.Rules.Language;

/// <summary>A node of a parsed rule expression; <see cref="Position"/> is the offset of its first token.</summary>
internal abstract record Expr(int Position);

internal sealed record LiteralExpr(int Position, object Value) : Expr(Position);

internal sealed record NameExpr(int Position, string Name) : Expr(Position);

internal sealed record MemberExpr(int Position, Expr Target, string Name, int NamePosition) : Expr(Position);

internal sealed record UnaryExpr(int Position, UnaryOperator Operator, Expr Operand) : Expr(Position);

internal sealed record BinaryExpr(int Position, BinaryOperator Operator, Expr Left, Expr Right, int OperatorPosition) : Expr(Position);

/// <summary><c>x is missing</c> or <c>x is present</c>.</summary>
internal sealed record PresenceExpr(int Position, Expr Target, bool Present) : Expr(Position);

internal sealed record ListExpr(int Position, IReadOnlyList<Expr> Items) : Expr(Position);

/// <summary>A call of a function by name; the binder checks the name against <see cref="FunctionCatalogue"/>.</summary>
internal sealed record CallExpr(int Position, string Name, IReadOnlyList<Expr> Arguments) : Expr(Position);

/// <summary>
/// An aggregate over a collection: <c>count(p in partnerships where …)</c>, <c>exists(…)</c>, <c>none(…)</c>,
/// <c>share(…)</c>, or <c>sum(p.funding for p in partnerships where …)</c>.
/// </summary>
internal sealed record AggregateExpr(
    int Position,
    BuiltinFunction Function,
    string Variable,
    int VariablePosition,
    Expr Source,
    Expr? Filter,
    Expr? Projection) : Expr(Position);
