namespace S3Criteria.Rules.Language;

/// <summary>An operator between two expressions; <see cref="Operators"/> spells each one.</summary>
internal enum BinaryOperator
{
    Or,
    And,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    In,
    Plus,
    Minus,
    Times,
    Divide,
}
