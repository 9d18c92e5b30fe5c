using S3Criteria.Model;

namespace S3Criteria.Office.Layout;

/// <summary>
/// A sheet holding one collection, one row per item: a collection of the strategy (<c>Partnerships</c>), or a list
/// inside its items (<c>Partners</c>, each row naming its partnership in the <see cref="ParentColumn"/>).
/// </summary>
internal sealed class WorkbookSheet
{
    public WorkbookSheet(string name, string field, ModelKind kind, IReadOnlyList<WorkbookColumn> columns, WorkbookSheet? parent)
    {
        Name = name;
        Field = field;
        Kind = kind;
        Columns = columns;
        Parent = parent;
    }

    /// <summary>Gets the sheet's name, such as <c>Partnerships</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the document key of the collection, such as <c>partnerships</c> (or <c>partners</c> inside a partnership).</summary>
    public string Field { get; }

    /// <summary>Gets the kind of the items.</summary>
    public ModelKind Kind { get; }

    /// <summary>Gets the columns, in the model's order; for a child sheet the first is the <see cref="ParentColumn"/>.</summary>
    public IReadOnlyList<WorkbookColumn> Columns { get; }

    /// <summary>Gets the sheet of the items this sheet's rows belong to, for a list inside items; otherwise <see langword="null"/>.</summary>
    public WorkbookSheet? Parent { get; }

    /// <summary>Gets the column naming the item a row belongs to (<c>partnership</c>), for a child sheet.</summary>
    public WorkbookColumn? ParentColumn => Parent is null ? null : Columns[0];

    /// <summary>Gets the sheets of lists inside this sheet's items.</summary>
    public List<WorkbookSheet> Children { get; } = [];
}
