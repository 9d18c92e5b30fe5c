using S3Criteria.Diagnostics;
using S3Criteria.Text;

namespace S3Criteria.Office.Reading;

/// <summary>One row of a collection sheet, read: its values by field, what it is missing, and the item it belongs to (for a child sheet).</summary>
internal sealed class SheetRow(int row, SourceLocation location)
{
    /// <summary>Gets the 1-based row.</summary>
    public int Row { get; } = row;

    /// <summary>Gets where the row starts (its first cell).</summary>
    public SourceLocation Location { get; } = location;

    /// <summary>Gets the values read, keyed by field, each located at its cell.</summary>
    public List<DocumentEntry> Values { get; } = [];

    /// <summary>Gets or sets the id of the item the row belongs to, for a child sheet, and its cell.</summary>
    public (string? Id, SourceLocation At)? Parent { get; set; }

    /// <summary>Gets or sets a value indicating whether a value without a header was reported for this row.</summary>
    public bool ReportedHeaderless { get; set; }

    /// <summary>Gets the rows of child sheets that belong to this row's item, by the child sheet's field.</summary>
    public Dictionary<string, List<SheetRow>> Children { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the item's id, if its row gives one.</summary>
    public string? Id => Values.Find(v => v.Key == "id")?.Value.Node is Text.YScalar scalar ? scalar.Value : null;
}
