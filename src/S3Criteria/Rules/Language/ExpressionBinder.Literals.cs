using System.Linq.Expressions;
using S3Criteria.Diagnostics;
using S3Criteria.Model;

namespace S3Criteria.Rules.Language;

/// <content>
/// Literals, and the coercion of text to what the other side of a comparison expects: a date written
/// <c>'YYYY-MM-DD'</c>, or a value of an enumeration such as <c>active</c>.
/// </content>
internal sealed partial class ExpressionBinder
{
    private Typed? BindLiteral(LiteralExpr literal, DataType? expected) => literal.Value switch
    {
        decimal number => new Typed(DataType.Number, Expression.Constant(number, typeof(decimal?)), number),
        bool flag => new Typed(DataType.Boolean, Expression.Constant(flag), flag),
        string text when expected?.Kind == DataTypeKind.Enum => EnumConstant(text, expected, literal.Position, Messages.NotAnEnumValue),
        string text when expected?.Kind == DataTypeKind.Date => DateConstant(text, literal.Position),
        string text => new Typed(DataType.Text, Expression.Constant(text, typeof(string)), text),
        _ => throw new InvalidOperationException(),
    };

    private Typed? DateConstant(string text, int position)
    {
        // ISO 8601 in the Gregorian calendar whatever the current culture (under fa-IR the culture's calendar is Persian).
        if (IsoDate.TryParse(text, out var date))
        {
            return new Typed(DataType.Date, Expression.Constant(date, typeof(DateOnly?)), date);
        }

        Report(Messages.NotADate, position, ("value", text));
        return null;
    }

    /// <summary>
    /// Converts <paramref name="text"/> to a value of <paramref name="enumType"/>; if it names none, reports
    /// <paramref name="message"/>, which says where the text came from (a literal, a <paramref name="parameter"/>, a list).
    /// </summary>
    private Typed? EnumConstant(string text, DataType enumType, int position, Message message, string? parameter = null)
    {
        if (Naming.TryParseEnum(enumType.EnumType!, text, out var value))
        {
            return new Typed(enumType, Expression.Constant(value, enumType.ClrType), value);
        }

        var names = Naming.EnumNames(enumType.EnumType!);
        Report(
            message,
            position,
            ("parameter", parameter),
            ("value", text),
            ("type", enumType.DisplayName),
            ("suggestion", NameSuggester.Suggest(text, names)),
            ("names", names));
        return null;
    }

    private Typed? BindList(ListExpr list, DataType? expected)
    {
        var element = expected?.Kind == DataTypeKind.List ? expected.Element : null;
        var items = list.Items.Select(item => Bind(item, element)).ToList();
        if (items.Any(item => item is null))
        {
            return null;
        }

        Report(Messages.ListOutsideIn, list.Position);
        return null;
    }
}
