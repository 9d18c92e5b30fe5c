using System.Globalization;

namespace S3Criteria.Model;

/// <summary>Formats rule values for messages and evidence, the same in every culture.</summary>
internal static class ValueFormatter
{
    /// <summary>How a missing value is shown.</summary>
    public const string Missing = "(not given)";

    /// <summary>Formats a value: numbers with at most two decimals, dates as <c>YYYY-MM-DD</c>, enumeration values in kebab case, model objects by name, lists joined with ", ".</summary>
    /// <param name="value">The value, or <see langword="null"/> when missing.</param>
    /// <returns>The text.</returns>
    public static string Format(object? value) => value switch
    {
        null => Missing,
        string text => text,
        decimal number => decimal.Round(number, 2).ToString("0.##", CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        DateOnly date => IsoDate.ToText(date),
        Enum member => Naming.EnumName(member),
        IReadOnlyList<string> { Count: 0 } => "none",
        IReadOnlyList<string> texts => string.Join(", ", texts),
        CooperationVehicle vehicle => vehicle.Name,
        PriorityArea priority => priority.Name,
        Partnership partnership => partnership.Title,
        Stakeholder stakeholder => stakeholder.Name,
        Indicator indicator => indicator.Name,
        PolicyAction action => action.Title,
        Strategy strategy => strategy.Title,
        Partner partner => partner.Name,
        Region region => region.Name,
        System.Collections.IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Format)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
