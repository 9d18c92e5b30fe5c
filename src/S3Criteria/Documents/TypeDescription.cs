using S3Criteria.Model;

namespace S3Criteria.Documents;

/// <summary>
/// How binder messages describe the value a key expects, such as <c>a whole number</c> or
/// <c>a partnership status (planned, active, lapsed)</c>.
/// </summary>
/// <remarks>
/// The catalogue cuts text arguments at <see cref="Diagnostics.Message.MaxArgumentLength"/> characters, because they
/// usually come from the input. A description comes from the model, never from the input, and some are longer (an
/// enumeration lists its values), so it is passed as this <see cref="IFormattable"/>, which the catalogue prints whole.
/// </remarks>
internal readonly struct TypeDescription : IFormattable
{
    private readonly string _text;

    private TypeDescription(string text) => _text = text;

    /// <summary>Describes the values of a model property's type.</summary>
    /// <param name="type">The CLR type of the property (nullable or not) or of a list's items.</param>
    /// <returns>The description.</returns>
    public static TypeDescription Of(Type type) => new(Describe(type));

    /// <inheritdoc/>
    public override string ToString() => _text;

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => _text;

    private static string Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return "text";
        }

        if (type == typeof(decimal) || type == typeof(int))
        {
            return type == typeof(int) ? "a whole number" : "a number";
        }

        if (type == typeof(bool))
        {
            return "true or false";
        }

        if (type == typeof(DateOnly))
        {
            return "a date written YYYY-MM-DD";
        }

        if (type == typeof(CountryCode))
        {
            return "an ISO 3166-1 alpha-2 country code such as IT or FI";
        }

        if (type == typeof(NutsCode))
        {
            return "a NUTS code such as ITF4 or FI1D8";
        }

        if (type.IsEnum)
        {
            return $"a {Naming.EnumTypeName(type)} ({string.Join(", ", Naming.EnumNames(type))})";
        }

        if (type.IsGenericType)
        {
            return $"a list of {Describe(type.GetGenericArguments()[0])}";
        }

        return $"a {ModelSchema.KindOf(type).Name}";
    }
}
