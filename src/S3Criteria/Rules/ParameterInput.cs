using System.Globalization;
using S3Criteria.Model;
using S3Criteria.Rules.Language;

namespace S3Criteria.Rules;

/// <summary>
/// A parameter value as given, before the parameter's type is known: one text (as the caller's
/// <c>SetParameter</c> or a YAML scalar gives it; a list parameter reads it as a comma-separated list), or a list of
/// items (a YAML list), which stays a list and is never joined into one text.
/// </summary>
internal sealed class ParameterInput
{
    private ParameterInput(string? text, IReadOnlyList<string>? items)
    {
        Text = text;
        Items = items;
    }

    /// <summary>Gets the text given, or <see langword="null"/> when a list was given.</summary>
    public string? Text { get; }

    /// <summary>Gets the items given, or <see langword="null"/> when one text was given.</summary>
    public IReadOnlyList<string>? Items { get; }

    /// <summary>Gets the input as messages quote it.</summary>
    public string Display => Text ?? string.Join(",", Items!);

    public static ParameterInput OfText(string text) => new(text, null);

    public static ParameterInput OfItems(IReadOnlyList<string> items) => new(null, items);

    /// <summary>Converts the input to a value of <paramref name="type"/>, or <see langword="null"/> when it is not one.</summary>
    /// <param name="type">The parameter's type: the type of its default.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public ParameterValue? ToValue(DataType type)
    {
        if (Text is not null)
        {
            return ParameterValue.TryParse(type, Text);
        }

        if (type.Kind != DataTypeKind.List)
        {
            return null;
        }

        if (type.Element!.Kind != DataTypeKind.Number)
        {
            return new ParameterValue(type, (IReadOnlyList<string>)[.. Items!]);
        }

        var numbers = new List<decimal?>(Items!.Count);
        foreach (var item in Items)
        {
            if (!decimal.TryParse(item.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                return null;
            }

            numbers.Add(number);
        }

        return new ParameterValue(type, (IReadOnlyList<decimal?>)numbers);
    }
}
