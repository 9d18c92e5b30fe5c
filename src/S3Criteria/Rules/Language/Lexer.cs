using System.Globalization;
using S3Criteria.Diagnostics;

namespace S3Criteria.Rules.Language;

/// <summary>
/// Splits an expression into tokens. Identifiers are kebab-case (<c>min-active-partnerships</c>), so subtraction needs
/// spaces around the minus sign (<c>today - years(3)</c>).
/// </summary>
internal static class Lexer
{
    private static readonly string[] Symbols = [.. Operators.Symbols, "(", ")", "[", "]", ",", "."];

    /// <summary>Splits <paramref name="text"/> into tokens, the last of kind <see cref="TokenKind.End"/>.</summary>
    /// <exception cref="ExpressionSyntaxException">The text holds an unclosed quote or a character of no token.</exception>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                tokens.Add(new Token(TokenKind.End, string.Empty, text.Length));
                return tokens;
            }

            var c = text[i];
            var token = char.IsAsciiDigit(c) ? ReadNumber(text, i)
                : char.IsAsciiLetter(c) || c == '_' ? ReadIdentifier(text, i)
                : c is '\'' or '"' ? ReadText(text, i)
                : ReadSymbol(text, i);
            tokens.Add(token);
            i += token.Kind == TokenKind.Text ? token.Text.Length + 2 : token.Text.Length; // a text's quotes are not in it
        }
    }

    private static Token ReadNumber(string text, int start)
    {
        var i = start;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
        {
            i++;
        }

        var literal = text[start..i];
        return decimal.TryParse(literal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? new Token(TokenKind.Number, literal, start, value)
            : throw new ExpressionSyntaxException(start, Messages.NumberOutOfRange, ("number", literal));
    }

    private static Token ReadIdentifier(string text, int start)
    {
        var i = start + 1;
        while (i < text.Length)
        {
            if (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_')
            {
                i++;
            }
            else if (text[i] == '-' && i + 1 < text.Length && (char.IsAsciiLetterOrDigit(text[i + 1]) || text[i + 1] == '_'))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return new Token(TokenKind.Identifier, text[start..i], start);
    }

    private static Token ReadText(string text, int start)
    {
        var quote = text[start];
        var close = text.IndexOf(quote, start + 1);
        if (close < 0)
        {
            throw new ExpressionSyntaxException(start, Messages.UnclosedText, ("quote", quote.ToString()));
        }

        return new Token(TokenKind.Text, text[(start + 1)..close], start);
    }

    private static Token ReadSymbol(string text, int start)
    {
        var symbol = Array.Find(Symbols, s => string.CompareOrdinal(text, start, s, 0, s.Length) == 0);
        if (symbol is null)
        {
            var c = text[start];
            throw c == '='
                ? new ExpressionSyntaxException(start, Messages.SingleEquals)
                : new ExpressionSyntaxException(start, Messages.UnexpectedCharacter, ("character", c.ToString()));
        }

        return new Token(TokenKind.Symbol, symbol, start);
    }
}
