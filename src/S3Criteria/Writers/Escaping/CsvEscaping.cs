using System.Buffers;

namespace S3Criteria.Writers.Escaping;

/// <summary>
/// Escapes the cells of CSV files for spreadsheets: a cell cannot become a formula, nor split into several cells,
/// whichever of comma, semicolon or tab the spreadsheet takes as separator.
/// </summary>
/// <remarks>
/// As OWASP's advice on CSV injection says, a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or
/// carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead of evaluating it; so does a
/// cell that starts with the full-width forms of the first four (U+FF1D, U+FF0B, U+FF0D, U+FF20), which some
/// spreadsheets read as the same. A cell holding a comma, semicolon, double quote, tab, carriage return or line feed is
/// quoted, its double quotes doubled (RFC 4180). Other C0 controls, DEL and the C1 controls are removed; a lone
/// surrogate becomes U+FFFD.
/// </remarks>
/// <threadsafety static="true"/>
public static class CsvEscaping
{
    private static readonly SearchValues<char> Quoted = SearchValues.Create(",;\"\t\r\n");

    /// <summary>Returns one cell as it goes between separators: prefixed, cleaned and quoted as needed.</summary>
    /// <param name="value">The cell's text.</param>
    /// <returns>The cell; <paramref name="value"/> itself when nothing had to change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = TextScan.Rewrite(value, Needs, Write);
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20')
        {
            text = "'" + text;
        }

        return text.AsSpan().ContainsAny(Quoted)
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    /// <summary>Returns a row: its cells escaped and joined with <paramref name="separator"/>, without a line end.</summary>
    /// <param name="cells">The cells' texts.</param>
    /// <param name="separator">The separator: comma, semicolon or tab.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cells"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="separator"/> is not comma, semicolon or tab.</exception>
    public static string Row(IEnumerable<string> cells, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (separator is not (',' or ';' or '\t'))
        {
            throw new ArgumentOutOfRangeException(nameof(separator), separator, "The separator of a CSV row is a comma, a semicolon or a tab.");
        }

        return string.Join(separator, cells.Select(Cell));
    }

    private static bool Needs(string text, int index)
    {
        var c = text[index];
        return c is not ('\t' or '\r' or '\n') && (TextScan.IsControl(c) || TextScan.IsLoneSurrogate(text, index));
    }

    private static void Write(System.Text.StringBuilder result, string text, int index)
    {
        if (TextScan.IsLoneSurrogate(text, index))
        {
            result.Append(TextScan.Replacement);
        }
    }
}
