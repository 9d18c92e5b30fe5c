namespace S3Criteria.Rules.Language;

/// <summary>
/// A recursive-descent parser for rule expressions. Precedence, loosest first: <c>or</c>, <c>and</c>, <c>not</c>,
/// comparisons (<c>== != &lt; &lt;= &gt; &gt;= in, not in, is missing, is present</c>), <c>+ -</c>, <c>* /</c>, unary minus,
/// member access.
/// </summary>
internal sealed class Parser
{
    public static readonly IReadOnlySet<string> AggregateFunctions = new HashSet<string>(StringComparer.Ordinal) { "count", "count-distinct", "list", "exists", "none", "share", "sum" };

    private static readonly HashSet<string> Keywords = new HashSet<string>(StringComparer.Ordinal)
    {
        "and", "or", "not", "in", "is", "where", "for", "true", "false",
    };

    /// <summary>How deeply an expression may nest (parentheses, not, unary minus); deeper is a located error, not a stack overflow.</summary>
    public const int MaxDepth = 64;

    /// <summary>The longest expression, in characters.</summary>
    public const int MaxLength = 10_000;

    private readonly List<Token> _tokens;
    private int _index;
    private int _depth;
    private int _operators;

    /// <summary>The most binary operators one expression may chain, so that every later pass stays shallow.</summary>
    public const int MaxOperators = 500;

    private Parser(List<Token> tokens) => _tokens = tokens;

    private Token Current => _tokens[_index];

    /// <summary>Parses an expression; on failure returns <see langword="null"/> and the offset and text of the first error.</summary>
    public static Expr? Parse(string text, out (int Position, string Message)? error)
    {
        if (text.Length > MaxLength)
        {
            error = (0, $"The expression has {text.Length} characters; the limit is {MaxLength}.");
            return null;
        }

        var tokens = Lexer.Tokenize(text, out error);
        if (error is not null)
        {
            return null;
        }

        var parser = new Parser(tokens);
        try
        {
            var expression = parser.ParseOr();
            if (parser.Current.Kind != TokenKind.End)
            {
                throw new SyntaxError(parser.Current.Position, $"Expected an operator or the end of the expression, found {parser.Current.Describe()}.");
            }

            return expression;
        }
        catch (SyntaxError syntax)
        {
            error = (syntax.Position, syntax.Message);
            return null;
        }
    }

    private Expr ParseOr()
    {
        if (++_depth > MaxDepth)
        {
            throw new SyntaxError(Current.Position, $"The expression nests more than {MaxDepth} levels deep.");
        }

        var left = ParseAnd();
        _depth--;
        while (Current.Is("or"))
        {
            var op = Advance();
            left = Binary(left.Position, "or", left, ParseAnd(), op.Position);
        }

        return left;
    }

    private Expr ParseAnd()
    {
        var left = ParseNot();
        while (Current.Is("and"))
        {
            var op = Advance();
            left = Binary(left.Position, "and", left, ParseNot(), op.Position);
        }

        return left;
    }

    private Expr ParseNot()
    {
        if (Current.Is("not"))
        {
            var op = Advance();
            if (++_depth > MaxDepth)
            {
                throw new SyntaxError(op.Position, $"The expression nests more than {MaxDepth} levels deep.");
            }

            var operand = ParseNot();
            _depth--;
            return new UnaryExpr(op.Position, "not", operand);
        }

        return ParseComparison();
    }

    private Expr ParseComparison()
    {
        var left = ParseAdditive();
        var token = Current;
        if (token.Kind == TokenKind.Symbol && token.Text is "==" or "!=" or "<" or "<=" or ">" or ">=")
        {
            Advance();
            return Binary(left.Position, token.Text, left, ParseAdditive(), token.Position);
        }

        if (token.Is("in"))
        {
            Advance();
            return Binary(left.Position, "in", left, ParseAdditive(), token.Position);
        }

        if (token.Is("not") && Peek.Is("in"))
        {
            Advance();
            Advance();
            return new UnaryExpr(token.Position, "not", Binary(left.Position, "in", left, ParseAdditive(), token.Position));
        }

        if (token.Is("is"))
        {
            Advance();
            var negate = false;
            if (Current.Is("not"))
            {
                Advance();
                negate = true;
            }

            if (Current.Is("missing") || Current.Is("present"))
            {
                var present = Advance().Text == "present";
                return new PresenceExpr(left.Position, left, present != negate);
            }

            throw new SyntaxError(Current.Position, $"Expected 'missing' or 'present' after 'is', found {Current.Describe()}. Use '==' to compare values.");
        }

        return left;
    }

    private Expr ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Current.Kind == TokenKind.Symbol && Current.Text is "+" or "-")
        {
            var op = Advance();
            left = Binary(left.Position, op.Text, left, ParseMultiplicative(), op.Position);
        }

        return left;
    }

    private Expr ParseMultiplicative()
    {
        var left = ParseUnary();
        while (Current.Kind == TokenKind.Symbol && Current.Text is "*" or "/")
        {
            var op = Advance();
            left = Binary(left.Position, op.Text, left, ParseUnary(), op.Position);
        }

        return left;
    }

    private Expr ParseUnary()
    {
        if (Current.Kind == TokenKind.Symbol && Current.Text == "-")
        {
            var op = Advance();
            if (++_depth > MaxDepth)
            {
                throw new SyntaxError(op.Position, $"The expression nests more than {MaxDepth} levels deep.");
            }

            var operand = ParseUnary();
            _depth--;
            return new UnaryExpr(op.Position, "-", operand);
        }

        return ParsePostfix();
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
                throw new SyntaxError(name.Position, $"Expected a field name after '.', found {name.Describe()}.");
            }

            Advance();
            if (Current.Kind == TokenKind.Symbol && Current.Text == "(")
            {
                throw new SyntaxError(name.Position, $"'{name.Text}' cannot be called: rules read fields of the strategy model, they cannot call methods.");
            }

            expression = new MemberExpr(expression.Position, expression, name.Text, name.Position);
        }

        return expression;
    }

    private Expr ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Advance();
                return new LiteralExpr(token.Position, token.Number);
            case TokenKind.Text:
                Advance();
                return new LiteralExpr(token.Position, token.Text);
            case TokenKind.Symbol when token.Text == "(":
                Advance();
                var inner = ParseOr();
                Expect(")");
                return inner;
            case TokenKind.Symbol when token.Text == "[":
                Advance();
                var items = new List<Expr>();
                if (!Current.Is("]"))
                {
                    do
                    {
                        if (++_operators > MaxOperators)
                        {
                            throw new SyntaxError(Current.Position, $"The list holds more than {MaxOperators} values.");
                        }

                        items.Add(ParseOr());
                    }
                    while (TryAdvance(","));
                }

                Expect("]");
                return new ListExpr(token.Position, items);
            case TokenKind.Identifier when token.Text is "true" or "false":
                Advance();
                return new LiteralExpr(token.Position, token.Text == "true");
            case TokenKind.Identifier when !Keywords.Contains(token.Text):
                Advance();
                if (Current.Is("("))
                {
                    return ParseCall(token);
                }

                return new NameExpr(token.Position, token.Text);
            default:
                throw new SyntaxError(token.Position, $"Expected a value, a name or '(', found {token.Describe()}.");
        }
    }

    private Expr ParseCall(Token name)
    {
        Advance();
        if (AggregateFunctions.Contains(name.Text) && IsComprehension())
        {
            return ParseAggregate(name);
        }

        var arguments = new List<Expr>();
        if (!Current.Is(")"))
        {
            do
            {
                arguments.Add(ParseOr());
            }
            while (TryAdvance(","));
        }

        Expect(")");
        return new CallExpr(name.Position, name.Text, arguments);
    }

    private bool IsComprehension()
    {
        // count(p in partnerships …) or sum(<expr> for p in …): look for 'in' right after a name, or a 'for' at depth 0.
        if (Current.Kind == TokenKind.Identifier && Peek.Is("in"))
        {
            return true;
        }

        var depth = 0;
        for (var i = _index; i < _tokens.Count && _tokens[i].Kind != TokenKind.End; i++)
        {
            var t = _tokens[i];
            if (t.Is("(") || t.Is("["))
            {
                depth++;
            }
            else if (t.Is(")") || t.Is("]"))
            {
                if (depth-- == 0)
                {
                    return false;
                }
            }
            else if (depth == 0 && t.Is("for"))
            {
                return true;
            }
        }

        return false;
    }

    private AggregateExpr ParseAggregate(Token function)
    {
        Expr? projection = null;
        if (!(Current.Kind == TokenKind.Identifier && Peek.Is("in")))
        {
            projection = ParseOr();
            Expect("for");
        }

        var variable = Current;
        if (variable.Kind != TokenKind.Identifier || Keywords.Contains(variable.Text))
        {
            throw new SyntaxError(variable.Position, $"Expected a name for each item, as in '{function.Text}(p in partnerships where …)', found {variable.Describe()}.");
        }

        Advance();
        Expect("in");
        var source = ParseAdditive();
        Expr? filter = null;
        if (TryAdvance("where"))
        {
            filter = ParseOr();
        }

        Expect(")");
        var projects = function.Text is "sum" or "count-distinct" or "list";
        if (projects && projection is null)
        {
            throw new SyntaxError(function.Position, $"{function.Text} needs a value for each item, as in '{function.Text}(p.{(function.Text == "sum" ? "funding" : "instrument")} for p in partnerships)'.");
        }

        if (!projects && projection is not null)
        {
            throw new SyntaxError(function.Position, $"'{function.Text}' takes no value before 'for'; write '{function.Text}({variable.Text} in … where …)'.");
        }

        return new AggregateExpr(function.Position, function.Text, variable.Text, variable.Position, source, filter, projection);
    }

    private Token Peek => _tokens[Math.Min(_index + 1, _tokens.Count - 1)];

    private BinaryExpr Binary(int position, string op, Expr left, Expr right, int operatorPosition)
    {
        if (++_operators > MaxOperators)
        {
            throw new SyntaxError(operatorPosition, $"The expression chains more than {MaxOperators} operators; split the rule.");
        }

        return new BinaryExpr(position, op, left, right, operatorPosition);
    }

    private Token Advance()
    {
        var token = _tokens[_index];
        if (_index < _tokens.Count - 1)
        {
            _index++;
        }

        return token;
    }

    private bool TryAdvance(string symbol)
    {
        if (Current.Is(symbol))
        {
            Advance();
            return true;
        }

        return false;
    }

    private void Expect(string symbol)
    {
        if (!TryAdvance(symbol))
        {
            throw new SyntaxError(Current.Position, $"Expected '{symbol}', found {Current.Describe()}.");
        }
    }

    private sealed class SyntaxError(int position, string message) : Exception(message)
    {
        public int Position { get; } = position;
    }
}
