using S3Criteria.Diagnostics;

namespace S3Criteria.Rules.Language;

/// <content>Primary expressions: literals, lists, names, function calls and aggregates; and moving through the tokens.</content>
internal sealed partial class Parser
{
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
                return ParseList();
            case TokenKind.Identifier when token.Text is "true" or "false":
                Advance();
                return new LiteralExpr(token.Position, token.Text == "true");
            case TokenKind.Identifier when !Keywords.Contains(token.Text):
                Advance();
                return Current.Is("(") ? ParseCall(token) : new NameExpr(token.Position, token.Text);
            default:
                throw new ExpressionSyntaxException(token.Position, Messages.ExpectedValue, ("found", token.Describe()));
        }
    }

    private ListExpr ParseList()
    {
        var open = Advance();
        var items = new List<Expr>();
        if (!Current.Is("]"))
        {
            do
            {
                if (++_operators > MaxOperators)
                {
                    throw new ExpressionSyntaxException(Current.Position, Messages.ListTooLong, ("limit", MaxOperators));
                }

                items.Add(ParseOr());
            }
            while (TryAdvance(","));
        }

        Expect("]");
        return new ListExpr(open.Position, items);
    }

    private Expr ParseCall(Token name)
    {
        Advance();
        if (FunctionCatalogue.TryFind(name.Text, out var function) && function.IsAggregate && IsComprehension())
        {
            return ParseAggregate(name, function);
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
        if (StartsWithItemName())
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

    /// <summary>Gets a value indicating whether the tokens read <c>name in</c>, the start of <c>p in partnerships</c>.</summary>
    private bool StartsWithItemName() => Current.Kind == TokenKind.Identifier && Operators.BinaryAt(Peek) is BinaryOperator.In;

    private AggregateExpr ParseAggregate(Token name, FunctionInfo function)
    {
        var projection = StartsWithItemName() ? null : ParseProjection();
        var variable = Current;
        if (variable.Kind != TokenKind.Identifier || Keywords.Contains(variable.Text))
        {
            throw new ExpressionSyntaxException(variable.Position, Messages.ExpectedItemName, ("function", function.Name), ("found", variable.Describe()));
        }

        Advance();
        Expect(BinaryOperator.In.Spelling());
        var source = ParseAdditive();
        var filter = TryAdvance("where") ? ParseOr() : null;
        Expect(")");
        if (function.TakesValue && projection is null)
        {
            var field = function.Function == BuiltinFunction.Sum ? "funding" : "instrument";
            throw new ExpressionSyntaxException(name.Position, Messages.AggregateNeedsValue, ("function", function.Name), ("field", field));
        }

        if (!function.TakesValue && projection is not null)
        {
            throw new ExpressionSyntaxException(name.Position, Messages.AggregateTakesNoValue, ("function", function.Name), ("name", variable.Text));
        }

        return new AggregateExpr(name.Position, function.Function, variable.Text, variable.Position, source, filter, projection);
    }

    /// <summary>Reads the value of each item of <c>sum(p.funding for p in …)</c>, up to and with the <c>for</c>.</summary>
    private Expr ParseProjection()
    {
        var projection = ParseOr();
        Expect("for");
        return projection;
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
            throw new ExpressionSyntaxException(Current.Position, Messages.ExpectedSymbol, ("symbol", symbol), ("found", Current.Describe()));
        }
    }
}
