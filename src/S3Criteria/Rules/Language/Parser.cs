using S3Criteria.Diagnostics;

namespace S3Criteria.Rules.Language;

/// <summary>
/// A recursive-descent parser for rule expressions. Precedence, loosest first: <c>or</c>, <c>and</c>, <c>not</c>,
/// comparisons (<c>== != &lt; &lt;= &gt; &gt;= in, not in, is missing, is present</c>), <c>+ -</c>, <c>* /</c>, unary minus,
/// member access. Operators are spelled by <see cref="Operators"/>, functions named by <see cref="FunctionCatalogue"/>.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>How deeply an expression may nest (parentheses, not, unary minus); deeper is a located error, not a stack overflow.</summary>
    public const int MaxDepth = 64;

    /// <summary>The longest expression, in characters.</summary>
    public const int MaxLength = 10_000;

    /// <summary>The most binary operators one expression may chain, so that every later pass stays shallow.</summary>
    public const int MaxOperators = 500;

    private static readonly HashSet<string> Keywords = new([.. Operators.Words, "is", "where", "for", "true", "false"], StringComparer.Ordinal);

    private readonly List<Token> _tokens;
    private int _index;
    private int _depth;
    private int _operators;

    private Parser(List<Token> tokens) => _tokens = tokens;

    private Token Current => _tokens[_index];

    private Token Peek => _tokens[Math.Min(_index + 1, _tokens.Count - 1)];

    /// <summary>Parses an expression; on failure reports the located syntax error and returns <see langword="null"/>.</summary>
    /// <param name="source">The expression and where it comes from.</param>
    /// <param name="diagnostics">Where the error goes.</param>
    /// <returns>The expression, or <see langword="null"/> on a syntax error.</returns>
    public static Expr? Parse(ExpressionSource source, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostics);
        try
        {
            return ParseText(source.Text);
        }
        catch (ExpressionSyntaxException error)
        {
            diagnostics.Add(error.ToDiagnostic(source));
            return null;
        }
    }

    private static Expr ParseText(string text)
    {
        if (text.Length > MaxLength)
        {
            throw new ExpressionSyntaxException(0, Messages.ExpressionTooLong, ("length", text.Length), ("limit", MaxLength));
        }

        var parser = new Parser(Lexer.Tokenize(text));
        var expression = parser.ParseOr();
        if (parser.Current.Kind != TokenKind.End)
        {
            throw new ExpressionSyntaxException(parser.Current.Position, Messages.ExpectedEnd, ("found", parser.Current.Describe()));
        }

        return expression;
    }

    private Expr ParseOr()
    {
        Nest(Current.Position);
        var left = ParseAnd();
        _depth--;
        while (CurrentOperator() is BinaryOperator.Or)
        {
            var op = Advance();
            left = Binary(left, BinaryOperator.Or, op, ParseAnd());
        }

        return left;
    }

    private Expr ParseAnd()
    {
        var left = ParseNot();
        while (CurrentOperator() is BinaryOperator.And)
        {
            var op = Advance();
            left = Binary(left, BinaryOperator.And, op, ParseNot());
        }

        return left;
    }

    private Expr ParseNot()
    {
        if (!Current.Is(UnaryOperator.Not))
        {
            return ParseComparison();
        }

        var op = Advance();
        Nest(op.Position);
        var operand = ParseNot();
        _depth--;
        return new UnaryExpr(op.Position, UnaryOperator.Not, operand);
    }

    private Expr ParseComparison()
    {
        var left = ParseAdditive();
        var token = Current;
        if (CurrentOperator() is { } op and (BinaryOperator.Equal or BinaryOperator.NotEqual or BinaryOperator.Less or BinaryOperator.LessOrEqual
            or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual or BinaryOperator.In))
        {
            Advance();
            return Binary(left, op, token, ParseAdditive());
        }

        if (token.Is(UnaryOperator.Not) && Operators.BinaryAt(Peek) is BinaryOperator.In)
        {
            Advance();
            Advance();
            return new UnaryExpr(token.Position, UnaryOperator.Not, Binary(left, BinaryOperator.In, token, ParseAdditive()));
        }

        return token.Is("is") ? ParsePresence(left) : left;
    }

    private PresenceExpr ParsePresence(Expr target)
    {
        Advance();
        var negate = false;
        if (Current.Is(UnaryOperator.Not))
        {
            Advance();
            negate = true;
        }

        if (Current.Is("missing") || Current.Is("present"))
        {
            var present = Advance().Text == "present";
            return new PresenceExpr(target.Position, target, present != negate);
        }

        throw new ExpressionSyntaxException(Current.Position, Messages.ExpectedPresence, ("found", Current.Describe()));
    }

    private Expr ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (CurrentOperator() is { } op and (BinaryOperator.Plus or BinaryOperator.Minus))
        {
            var token = Advance();
            left = Binary(left, op, token, ParseMultiplicative());
        }

        return left;
    }

    private Expr ParseMultiplicative()
    {
        var left = ParseUnary();
        while (CurrentOperator() is { } op and (BinaryOperator.Times or BinaryOperator.Divide))
        {
            var token = Advance();
            left = Binary(left, op, token, ParseUnary());
        }

        return left;
    }

    private Expr ParseUnary()
    {
        if (!Current.Is(UnaryOperator.Negate))
        {
            return ParsePostfix();
        }

        var op = Advance();
        Nest(op.Position);
        var operand = ParseUnary();
        _depth--;
        return new UnaryExpr(op.Position, UnaryOperator.Negate, operand);
    }

    private Expr ParsePostfix()
    {
        var expression = ParsePrimary();
        while (Current.Kind == TokenKind.Symbol && Current.Text == ".")
        {
            Advance();
            var name = Current;
            if (name.Kind != TokenKind.Identifier)
            {
                throw new ExpressionSyntaxException(name.Position, Messages.ExpectedFieldName, ("found", name.Describe()));
            }

            Advance();
            if (Current.Kind == TokenKind.Symbol && Current.Text == "(")
            {
                throw new ExpressionSyntaxException(name.Position, Messages.MethodCall, ("name", name.Text));
            }

            expression = new MemberExpr(expression.Position, expression, name.Text, name.Position);
        }

        return expression;
    }

    /// <summary>Gets the binary operator the current token spells, if any.</summary>
    private BinaryOperator? CurrentOperator() => Operators.BinaryAt(Current);

    /// <summary>Goes one level deeper, or fails at <paramref name="position"/> when that is deeper than <see cref="MaxDepth"/>.</summary>
    private void Nest(int position)
    {
        if (++_depth > MaxDepth)
        {
            throw new ExpressionSyntaxException(position, Messages.ExpressionTooDeep, ("limit", MaxDepth));
        }
    }

    private BinaryExpr Binary(Expr left, BinaryOperator op, Token token, Expr right)
    {
        if (++_operators > MaxOperators)
        {
            throw new ExpressionSyntaxException(token.Position, Messages.TooManyOperators, ("limit", MaxOperators));
        }

        return new BinaryExpr(left.Position, op, left, right, token.Position);
    }
}
