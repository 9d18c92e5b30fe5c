namespace S3Criteria.Office.Layout;

/// <summary>What a column's cells hold, which decides how a cell is read and written.</summary>
internal enum CellKind
{
    /// <summary>Text (names, identifiers, codes).</summary>
    Text,

    /// <summary>A number (an amount, a baseline).</summary>
    Number,

    /// <summary>A whole number (a year, a criterion number).</summary>
    WholeNumber,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A date.</summary>
    Date,

    /// <summary>One value of an enumeration, from a drop-down.</summary>
    Choice,
}
