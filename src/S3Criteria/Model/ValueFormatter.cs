using System.Globalization;

namespace S3Criteria.Model;

/// <summary>Formats rule values for messages and evidence, the same in every culture.</summary>
internal static class ValueFormatter
{
    public const string Missing = "(not given)";

    public static string Format(object? value) => value switch
    {
        null => Missing,
        string text => text,
        decimal number => decimal.Round(number, 2).ToString("0.##", CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
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
