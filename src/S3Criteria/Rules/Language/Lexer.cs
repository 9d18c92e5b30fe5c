using System.Globalization;

namespace S3Criteria.Rules.Language;

/// <summary>
/// Splits an expression into tokens. Identifiers are kebab-case (<c>min-active-partnerships</c>), so subtraction needs
/// spaces around the minus sign (<c>today - years(3)</c>).
/// </summary>
internal static class Lexer
{
    private static readonly string[] Symbols = ["==", "!=", "<=", ">=", "<", ">", "(", ")", "[", "]", ",", ".", "+", "-", "*", "/"];

    public static List<Token> Tokenize(string text, out (int Position, string Message)? error)
    {
        var tokens = new List<Token>();
        error = null;
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
            var start = i;
            if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
                {
                    i++;
                }

                var literal = text[start..i];
                tokens.Add(new Token(TokenKind.Number, literal, start, decimal.Parse(literal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)));
                continue;
            }

            if (char.IsAsciiLetter(c) || c == '_')
            {
                i++;
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

                tokens.Add(new Token(TokenKind.Identifier, text[start..i], start));
                continue;
            }

            if (c is '\'' or '"')
            {
                var close = text.IndexOf(c, i + 1);
                if (close < 0)
                {
                    error = (start, $"The text starting here has no closing {c}.");
                    return tokens;
                }

                tokens.Add(new Token(TokenKind.Text, text[(i + 1)..close], start));
                i = close + 1;
                continue;
            }

            var symbol = Array.Find(Symbols, s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0);
            if (symbol is null)
            {
                error = (start, c == '=' ? "Use '==' to compare values." : $"Unexpected character '{c}'.");
                return tokens;
            }

            tokens.Add(new Token(TokenKind.Symbol, symbol, start));
            i += symbol.Length;
        }
    }
}
