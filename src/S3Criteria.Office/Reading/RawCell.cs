namespace S3Criteria.Office.Reading;

/// <summary>One cell as the sheet stores it, before it is read by its column's kind.</summary>
/// <param name="Row">The 1-based row.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Type">The cell's <c>t</c> attribute: <c>n</c> (number, the default), <c>s</c>, <c>inlineStr</c>, <c>str</c>, <c>b</c>, <c>e</c> or <c>d</c>.</param>
/// <param name="Value">The value as text (a shared string resolved), or <see langword="null"/> when the cell has none or it was too long.</param>
/// <param name="Formula">The cell's formula, if it has one.</param>
/// <param name="Length">The value's length in characters (kept when the value itself is dropped for being too long).</param>
internal sealed record RawCell(int Row, int Column, string Type, string? Value, string? Formula, int Length)
{
    /// <summary>Gets a value indicating whether the cell holds nothing a reader would see (no value, or only spaces, and no formula).</summary>
    public bool IsBlank => Formula is null && (Length == 0 || (Value is not null && string.IsNullOrWhiteSpace(Value)));

    /// <summary>Gets a value indicating whether the value was dropped for being longer than the limit.</summary>
    public bool IsTooLong => Value is null && Length > 0;
}
