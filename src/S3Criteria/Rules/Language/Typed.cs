using System.Linq.Expressions;
using S3Criteria.Model;

namespace S3Criteria.Rules.Language;

/// <summary>A type-checked expression: its rule-language type and the LINQ expression it compiles to.</summary>
/// <param name="Type">The rule-language type.</param>
/// <param name="Expression">The compiled expression.</param>
/// <param name="Constant">The value when the expression is a constant (a literal or a parameter).</param>
/// <param name="Path">The model path when the expression reads a field of the strategy or the subject, such as <c>partnership.end</c>.</param>
/// <param name="Presence">For an optional true/false field, the test of whether the document gives it.</param>
internal sealed record Typed(DataType Type, Expression Expression, object? Constant = null, string? Path = null, Expression? Presence = null)
{
    public bool IsConstant => Expression is ConstantExpression;
}
