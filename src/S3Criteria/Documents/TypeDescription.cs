using S3Criteria.Diagnostics;
using S3Criteria.Localization;
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
/// In English it is the diagnostic's message; a diagnostic shown in another language words it with that language's
/// <c>value.*</c> phrases (<see cref="ILocalizableArgument"/>).
/// </remarks>
internal readonly struct TypeDescription : IFormattable, ILocalizableArgument
{
    private readonly Type _type;

    private TypeDescription(Type type) => _type = type;

    /// <summary>Describes the values of a model property's type.</summary>
    /// <param name="type">The CLR type of the property (nullable or not) or of a list's items.</param>
    /// <returns>The description.</returns>
    public static TypeDescription Of(Type type) => new(type);

    /// <inheritdoc/>
    public override string ToString() => Describe(_type, Labels.English);

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc/>
    public string Localize(IPhrases phrases) => Describe(_type, phrases);

    private static string Describe(Type type, IPhrases phrases)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return phrases.Format("value.text");
        }

        if (type == typeof(decimal) || type == typeof(int))
        {
            return phrases.Format(type == typeof(int) ? "value.whole-number" : "value.number");
        }

        if (type == typeof(bool))
        {
            return phrases.Format("value.true-or-false");
        }

        if (type == typeof(DateOnly))
        {
            return phrases.Format("value.date");
        }

        if (type == typeof(CountryCode))
        {
            return phrases.Format("value.country-code");
        }

        if (type == typeof(NutsCode))
        {
            return phrases.Format("value.nuts-code");
        }

        if (type.IsEnum)
        {
            // The type's name is the tool's word (type.cohesion-category); its values are document spellings, never translated.
            var name = phrases.Format("type." + Naming.EnumTypeName(type).Replace(' ', '-'));
            return phrases.Format("value.one-of", ("type", name), ("values", string.Join(", ", Naming.EnumNames(type))));
        }

        if (type.IsGenericType)
        {
            return phrases.Format("value.list-of", ("item", Describe(type.GetGenericArguments()[0], phrases)));
        }

        return phrases.Format("value.kind", ("kind", ModelSchema.KindOf(type).Name));
    }
}
