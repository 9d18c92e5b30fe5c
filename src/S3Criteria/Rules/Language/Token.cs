namespace S3Criteria.Rules.Language;

internal enum TokenKind
{
    End,
    Number,
    Text,
    Identifier,
    Symbol,
}

internal readonly record struct Token(TokenKind Kind, string Text, int Position, decimal Number = 0)
{
    public bool Is(string symbolOrKeyword) =>
        Kind is TokenKind.Symbol or TokenKind.Identifier && string.Equals(Text, symbolOrKeyword, StringComparison.Ordinal);

    public string Describe() => Kind switch
    {
        TokenKind.End => "the end of the expression",
        TokenKind.Text => $"the text '{Text}'",
        _ => $"'{Text}'",
    };
}
