using System.Globalization;
using S3Criteria.Model;

namespace S3Criteria.Rules.Language;

/// <summary>A rule-set parameter's value, typed by its default: a number, text, true/false, or a list of text or numbers.</summary>
internal sealed record ParameterValue(DataType Type, object Value)
{
    public string Display => Value switch
    {
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IReadOnlyList<string> texts => $"[{string.Join(", ", texts)}]",
        IReadOnlyList<decimal?> numbers => $"[{string.Join(", ", numbers.Select(n => n?.ToString(CultureInfo.InvariantCulture)))}]",
        _ => Value.ToString() ?? string.Empty,
    };

    /// <summary>Parses <paramref name="text"/> as a value of <paramref name="type"/>; lists are comma-separated or in brackets.</summary>
    public static ParameterValue? TryParse(DataType type, string text)
    {
        text = text.Trim();
        switch (type.Kind)
        {
            case DataTypeKind.Number:
                return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                    ? new ParameterValue(type, number)
                    : null;
            case DataTypeKind.Boolean:
                return text is "true" or "false" ? new ParameterValue(type, text == "true") : null;
            case DataTypeKind.Text:
                return new ParameterValue(type, text);
            case DataTypeKind.List:
                var body = text.StartsWith('[') && text.EndsWith(']') ? text[1..^1] : text;
                var items = body.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (type.Element!.Kind == DataTypeKind.Number)
                {
                    var numbers = new List<decimal?>();
                    foreach (var item in items)
                    {
                        if (!decimal.TryParse(item, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n))
                        {
                            return null;
                        }

                        numbers.Add(n);
                    }

                    return new ParameterValue(type, (IReadOnlyList<decimal?>)numbers);
                }

                return new ParameterValue(type, (IReadOnlyList<string>)[.. items.Select(i => i.Trim('\'', '"'))]);
            default:
                return null;
        }
    }

    public static string Describe(DataType type) => type.Kind switch
    {
        DataTypeKind.Number => "a number such as 2 or 0.5",
        DataTypeKind.Boolean => "true or false",
        DataTypeKind.List => $"a comma-separated list of {(type.Element!.Kind == DataTypeKind.Number ? "numbers" : "values")}",
        _ => "text",
    };

    /// <summary>Converts a text value to an enumeration member, if it names one.</summary>
    public static bool TryEnum(Type enumType, string text, out object? value) => Naming.TryParseEnum(enumType, text, out value);
}
