namespace S3Criteria.Rules.Language;

/// <summary>An operator before one expression; <see cref="Operators"/> spells each one.</summary>
internal enum UnaryOperator
{
    /// <summary><c>not</c>, also the <c>not</c> of <c>not in</c>.</summary>
    Not,

    /// <summary>Unary minus.</summary>
    Negate,
}
