using System.Text;

namespace S3Criteria.Model;

/// <summary>Converts .NET member names to the kebab-case names documents and rules use.</summary>
internal static class Naming
{
    public static string ToKebab(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsAsciiLetterUpper(c) && i > 0)
            {
                var previous = pascal[i - 1];
                var nextIsLower = i + 1 < pascal.Length && char.IsAsciiLetterLower(pascal[i + 1]);
                if (char.IsAsciiLetterLower(previous) || char.IsAsciiDigit(previous) || (char.IsAsciiLetterUpper(previous) && nextIsLower))
                {
                    text.Append('-');
                }
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    /// <summary>Gets the names of an enumeration's members in kebab case, in declaration order.</summary>
    public static IReadOnlyList<string> EnumNames(Type enumType) => [.. Enum.GetNames(enumType).Select(ToKebab)];

    public static bool TryParseEnum(Type enumType, string text, out object? value)
    {
        foreach (var name in Enum.GetNames(enumType))
        {
            if (string.Equals(ToKebab(name), text, StringComparison.Ordinal))
            {
                value = Enum.Parse(enumType, name);
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>Gets the kebab-case name of an enumeration value.</summary>
    public static string EnumName(object value) => ToKebab(value.ToString() ?? string.Empty);

    /// <summary>Gets a readable name of an enumeration type for messages, such as "partnership status".</summary>
    public static string EnumTypeName(Type enumType) => ToKebab(enumType.Name).Replace('-', ' ');
}
