using System.Text;

namespace S3Criteria.Model;

/// <summary>Converts .NET member names to the kebab-case names documents and rules use.</summary>
internal static class Naming
{
    /// <summary>
    /// Converts a Pascal-case name to kebab case: <c>FundingSource</c> becomes <c>funding-source</c>, <c>EitKic</c>
    /// <c>eit-kic</c>, and a run of capitals stays one word (<c>RCOIndicator</c> becomes <c>rco-indicator</c>).
    /// </summary>
    /// <param name="pascal">The .NET name.</param>
    /// <returns>The kebab-case name.</returns>
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

    /// <summary>Finds an enumeration's member by its kebab-case name; the match is exact (case-sensitive).</summary>
    /// <param name="enumType">The enumeration.</param>
    /// <param name="text">The name, such as <c>s3-thematic-partnership</c>.</param>
    /// <param name="value">The member, when found.</param>
    /// <returns>Whether <paramref name="text"/> names a member.</returns>
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
