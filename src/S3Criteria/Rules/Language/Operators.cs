namespace S3Criteria.Rules.Language;

/// <summary>
/// How the operators of the rule language are written: the only place that spells them. The lexer, the parser and the
/// binder's messages all take the spelling from here.
/// </summary>
internal static class Operators
{
    private static readonly Dictionary<string, BinaryOperator> BySpelling =
        Enum.GetValues<BinaryOperator>().ToDictionary(Spelling, StringComparer.Ordinal);

    /// <summary>Gets the operators written as words (<c>and</c>, <c>or</c>, <c>in</c>, <c>not</c>): they cannot be names.</summary>
    public static IEnumerable<string> Words =>
        [.. BySpelling.Keys.Where(IsWord), UnaryOperator.Not.Spelling()];

    /// <summary>Gets the operators written with symbols, longest first, so that <c>&lt;=</c> is read before <c>&lt;</c>.</summary>
    public static IEnumerable<string> Symbols =>
        BySpelling.Keys.Where(spelling => !IsWord(spelling)).OrderByDescending(spelling => spelling.Length);

    public static string Spelling(this BinaryOperator op) => op switch
    {
        BinaryOperator.Or => "or",
        BinaryOperator.And => "and",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.In => "in",
        BinaryOperator.Plus => "+",
        BinaryOperator.Minus => "-",
        BinaryOperator.Times => "*",
        BinaryOperator.Divide => "/",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };

    public static string Spelling(this UnaryOperator op) => op switch
    {
        UnaryOperator.Not => "not",
        UnaryOperator.Negate => BinaryOperator.Minus.Spelling(),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };

    /// <summary>Gets the binary operator <paramref name="token"/> spells, if any.</summary>
    public static BinaryOperator? BinaryAt(Token token) =>
        token.Kind is TokenKind.Symbol or TokenKind.Identifier && BySpelling.TryGetValue(token.Text, out var op) ? op : null;

    /// <summary>Gets a value indicating whether <paramref name="token"/> is the unary operator <paramref name="op"/>.</summary>
    public static bool Is(this Token token, UnaryOperator op) => token.Is(op.Spelling());

    private static bool IsWord(string spelling) => char.IsAsciiLetter(spelling[0]);
}
