namespace S3Criteria.Office.Reading;

/// <summary>Reads A1 references (<c>C7</c>, <c>A1:B2</c>) into row and column numbers.</summary>
internal static class CellReference
{
    /// <summary>The largest column of a sheet (XFD).</summary>
    public const int MaxColumn = 16_384;

    /// <summary>The largest row of a sheet.</summary>
    public const int MaxRow = 1_048_576;

    /// <summary>Reads a cell reference such as <c>C7</c>; <see langword="false"/> when it is not one.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int row, out int column)
    {
        row = 0;
        column = 0;
        var i = 0;
        for (; i < text.Length && char.IsAsciiLetter(text[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(text[i]) - 'A' + 1);
            if (column > MaxColumn)
            {
                return false;
            }
        }

        if (i == 0 || i == text.Length)
        {
            return false;
        }

        for (; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }

            row = (row * 10) + (text[i] - '0');
            if (row > MaxRow)
            {
                return false;
            }
        }

        return row >= 1;
    }
}
