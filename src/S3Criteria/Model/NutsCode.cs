using System.Diagnostics.CodeAnalysis;

namespace S3Criteria.Model;

/// <summary>
/// A code of the Nomenclature of Territorial Units for Statistics (NUTS, Regulation (EC) No 1059/2003), such as
/// <c>ITF4</c> (Puglia, NUTS 2) or <c>FI1D8</c> (Kainuu, NUTS 3).
/// </summary>
/// <remarks>
/// A code is a Eurostat country prefix (<c>EL</c> for Greece) followed by one character per level: none for level 0,
/// one for level 1, two for level 2 and three for level 3. Only the form is checked, not the NUTS version the code
/// belongs to.
/// </remarks>
public readonly struct NutsCode : IEquatable<NutsCode>
{
    private NutsCode(string value) => Value = value;

    /// <summary>Gets the code, upper case; empty for the default value.</summary>
    public string Value => field ?? string.Empty;

    /// <summary>Gets the NUTS level, 0 to 3.</summary>
    public int Level => Math.Max(0, Value.Length - 2);

    /// <summary>Gets the country the code lies in.</summary>
    public CountryCode Country => CountryCode.TryParse(Value.Length >= 2 ? Value[..2] : null, out var country) ? country : default;

    /// <summary>Parses a NUTS code.</summary>
    /// <param name="text">The code, in upper case.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a well-formed NUTS code.</exception>
    public static NutsCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var code)
            ? code
            : throw new FormatException($"'{text}' is not a NUTS code (a country prefix such as IT or EL followed by up to three letters or digits, such as ITF4).");
    }

    /// <summary>Tries to parse a NUTS code.</summary>
    /// <param name="text">The code, in upper case.</param>
    /// <param name="code">The parsed code, or the default value.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is well formed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out NutsCode code)
    {
        code = default;
        if (text is null || text.Length is < 2 or > 5 || !CountryCode.TryParse(text[..2], out _))
        {
            return false;
        }

        for (var i = 2; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) && !char.IsAsciiLetterUpper(text[i]))
            {
                return false;
            }
        }

        code = new NutsCode(text);
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(NutsCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is NutsCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public override string ToString() => Value;

    /// <summary>Compares two codes for equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when both codes are equal.</returns>
    public static bool operator ==(NutsCode left, NutsCode right) => left.Equals(right);

    /// <summary>Compares two codes for inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the codes differ.</returns>
    public static bool operator !=(NutsCode left, NutsCode right) => !left.Equals(right);
}
