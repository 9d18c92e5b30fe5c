using System.Globalization;
using System.Text;

namespace S3Criteria.Diagnostics;

/// <summary>
/// A position in a source: in a text file, a 1-based line and column, as YamlDotNet's <c>Mark</c> and compilers report
/// them; in a spreadsheet workbook, a cell of a sheet (<see cref="Sheet"/>, with the row as <see cref="Line"/> and the
/// column number as <see cref="Column"/>), written the way spreadsheets name cells: <c>strategy.xlsx[Partnerships!C7]</c>.
/// </summary>
/// <threadsafety static="true" instance="true"/>
public sealed class SourceLocation : IEquatable<SourceLocation>
{
    /// <summary>Initializes a new instance of the <see cref="SourceLocation"/> class for a position in a text.</summary>
    /// <param name="filePath">The file, or <see langword="null"/> for text that did not come from a file.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> or <paramref name="column"/> is less than 1.</exception>
    public SourceLocation(string? filePath, int line, int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        FilePath = filePath;
        Line = line;
        Column = column;
    }

    private SourceLocation(string? filePath, string sheet, int row, int column)
        : this(filePath, row, column)
    {
        Sheet = sheet;
    }

    /// <summary>Gets the file, or <see langword="null"/> for text that did not come from a file.</summary>
    public string? FilePath { get; }

    /// <summary>Gets the 1-based line; for a cell, its 1-based row.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column; for a cell, its 1-based column number (1 for column A).</summary>
    public int Column { get; }

    /// <summary>Gets the sheet of a workbook the location is in, or <see langword="null"/> for a position in a text.</summary>
    public string? Sheet { get; }

    /// <summary>Gets a value indicating whether the location is a cell of a workbook rather than a position in a text.</summary>
    public bool IsCell => Sheet is not null;

    /// <summary>Gets the cell's reference in A1 notation, such as <c>C7</c>, or <see langword="null"/> for a position in a text.</summary>
    public string? Cell => Sheet is null ? null : string.Create(CultureInfo.InvariantCulture, $"{ColumnName(Column)}{Line}");

    /// <summary>Creates the location of a cell of a workbook.</summary>
    /// <param name="filePath">The workbook file, or <see langword="null"/> for a workbook that did not come from a file.</param>
    /// <param name="sheet">The sheet's name.</param>
    /// <param name="row">The 1-based row.</param>
    /// <param name="column">The 1-based column number (1 for column A).</param>
    /// <returns>The location.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sheet"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> or <paramref name="column"/> is less than 1.</exception>
    public static SourceLocation InCell(string? filePath, string sheet, int row, int column)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return new SourceLocation(filePath, sheet, row, column);
    }

    /// <summary>Gets the letters of a 1-based column number: A for 1, Z for 26, AA for 27.</summary>
    /// <param name="column">The column number.</param>
    /// <returns>The column's letters.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is less than 1.</exception>
    public static string ColumnName(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        var letters = new StringBuilder(3);
        for (; column > 0; column = (column - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((column - 1) % 26)));
        }

        return letters.ToString();
    }

    /// <summary>
    /// Returns the location as <c>file(line,col)</c>, the form editors and CI logs link, or for a cell as
    /// <c>file[Sheet!C7]</c>, the form spreadsheets name cells with (a sheet name other than letters, digits and
    /// underscores is quoted: <c>'Read me'!A1</c>).
    /// </summary>
    /// <returns>The formatted location.</returns>
    public override string ToString() => Sheet is null
        ? string.Create(CultureInfo.InvariantCulture, $"{FilePath ?? "<text>"}({Line},{Column})")
        : $"{FilePath ?? "<workbook>"}[{QuoteSheet(Sheet)}!{Cell}]";

    /// <inheritdoc/>
    public bool Equals(SourceLocation? other) =>
        other is not null && Line == other.Line && Column == other.Column
        && string.Equals(FilePath, other.FilePath, StringComparison.Ordinal) && string.Equals(Sheet, other.Sheet, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SourceLocation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(FilePath, Line, Column, Sheet);

    private static string QuoteSheet(string sheet) =>
        sheet.Length > 0 && !char.IsAsciiDigit(sheet[0]) && sheet.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? sheet
            : $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'";
}
