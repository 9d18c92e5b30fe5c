using System.Diagnostics.CodeAnalysis;

namespace S3Criteria.Model;

/// <summary>
/// An ISO 3166-1 alpha-2 country code, such as <c>IT</c> or <c>FI</c>.
/// </summary>
/// <remarks>
/// Eurostat writes Greece as <c>EL</c> and the United Kingdom as <c>UK</c> in NUTS codes; both spellings are accepted
/// and normalised to the ISO codes <c>GR</c> and <c>GB</c>, so a partner in <c>GR</c> and a strategy in <c>EL</c> are
/// in the same country. <c>XK</c> (Kosovo, used by EU institutions) is accepted too.
/// </remarks>
public readonly struct CountryCode : IEquatable<CountryCode>
{
    private const string Assigned =
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
        "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO " +
        "FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE " +
        "JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO " +
        "MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW " +
        "PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM " +
        "TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK";

    private static readonly HashSet<string> AssignedCodes = new(Assigned.Split(' '), StringComparer.Ordinal);

    private CountryCode(string value) => Value = value;

    /// <summary>Gets every spelling <see cref="TryParse"/> accepts: the assigned codes and <c>EL</c>, <c>UK</c>, in order.</summary>
    internal static IReadOnlyList<string> Spellings { get; } = [.. AssignedCodes.Append("EL").Append("UK").Order(StringComparer.Ordinal)];

    /// <summary>Gets the two-letter ISO code, upper case; empty for the default value.</summary>
    public string Value => field ?? string.Empty;

    /// <summary>Parses a country code, accepting the Eurostat spellings <c>EL</c> and <c>UK</c>.</summary>
    /// <param name="text">The code, in upper case.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not an assigned ISO 3166-1 alpha-2 code.</exception>
    public static CountryCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var code)
            ? code
            : throw new FormatException($"'{text}' is not an ISO 3166-1 alpha-2 country code (two upper-case letters, such as IT or FI).");
    }

    /// <summary>Tries to parse a country code, accepting the Eurostat spellings <c>EL</c> and <c>UK</c>.</summary>
    /// <param name="text">The code, in upper case.</param>
    /// <param name="code">The parsed code, or the default value.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is an assigned code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out CountryCode code)
    {
        code = default;
        if (text is null)
        {
            return false;
        }

        var normalised = text switch
        {
            "EL" => "GR",
            "UK" => "GB",
            _ => text,
        };
        if (!AssignedCodes.Contains(normalised))
        {
            return false;
        }

        code = new CountryCode(normalised);
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(CountryCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CountryCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public override string ToString() => Value;

    /// <summary>Compares two codes for equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when both name the same country.</returns>
    public static bool operator ==(CountryCode left, CountryCode right) => left.Equals(right);

    /// <summary>Compares two codes for inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the codes name different countries.</returns>
    public static bool operator !=(CountryCode left, CountryCode right) => !left.Equals(right);
}
