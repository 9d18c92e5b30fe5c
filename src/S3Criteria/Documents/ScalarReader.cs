using System.Globalization;
using S3Criteria.Model;

namespace S3Criteria.Documents;

/// <summary>
/// Reads the scalar values of strategy documents: text, numbers, booleans, dates, country and NUTS codes and
/// enumeration values in kebab case, each spelt one way in every culture (<c>1.5</c>, <c>true</c>, <c>2027-06-30</c>);
/// booleans also as YAML 1.2 writes them (<c>True</c>, <c>FALSE</c>).
/// </summary>
internal static class ScalarReader
{
    /// <summary>Reads a scalar as a value of a model type.</summary>
    /// <param name="text">The scalar as written.</param>
    /// <param name="type">The type, not nullable.</param>
    /// <returns>The value, or <see langword="null"/> when <paramref name="text"/> is not a value of <paramref name="type"/>.</returns>
    public static object? Read(string text, Type type)
    {
        if (type == typeof(string))
        {
            return text;
        }

        if (type == typeof(decimal))
        {
            return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? number : null;
        }

        if (type == typeof(int))
        {
            return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) ? integer : null;
        }

        if (type == typeof(bool))
        {
            // The YAML 1.2 core schema's spellings, as YAML language servers and JSON Schema validators read them.
            return text switch { "true" or "True" or "TRUE" => true, "false" or "False" or "FALSE" => false, _ => null };
        }

        if (type == typeof(DateOnly))
        {
            return IsoDate.TryParse(text, out var date) ? date : null;
        }

        if (type == typeof(CountryCode))
        {
            return CountryCode.TryParse(text, out var country) ? country : null;
        }

        if (type == typeof(NutsCode))
        {
            return NutsCode.TryParse(text, out var nuts) ? nuts : null;
        }

        return type.IsEnum && Naming.TryParseEnum(type, text, out var member) ? member : null;
    }
}
