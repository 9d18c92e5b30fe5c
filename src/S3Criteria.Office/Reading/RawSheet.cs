namespace S3Criteria.Office.Reading;

/// <summary>The cells of one sheet that hold something, by row, and its merged ranges.</summary>
internal sealed class RawSheet(string name)
{
    /// <summary>Gets the sheet's name.</summary>
    public string Name { get; } = name;

    /// <summary>Gets the non-blank cells, by row, each row's cells in column order.</summary>
    public SortedDictionary<int, List<RawCell>> Rows { get; } = [];

    /// <summary>Gets the merged ranges, as written (<c>A1:B2</c>), with their top-left cell.</summary>
    public List<(string Range, int Row, int Column)> Merges { get; } = [];

    /// <summary>Gets a value indicating whether reading stopped at the row limit.</summary>
    public bool TooManyRows { get; set; }

    /// <summary>Gets the first row past the row limit, when <see cref="TooManyRows"/>.</summary>
    public int FirstRowPastLimit { get; set; }

    /// <summary>Gets the cell of a row and column, if it holds something.</summary>
    public RawCell? Cell(int row, int column) =>
        Rows.TryGetValue(row, out var cells) ? cells.Find(c => c.Column == column) : null;
}
