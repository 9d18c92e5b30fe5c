using S3Criteria.Documents;
using S3Criteria.Model;

namespace S3Criteria.Office.Layout;

/// <summary>
/// A column of a collection sheet (its header is the field name, such as <c>instrument</c>), or a key of the Strategy
/// sheet (a dotted path such as <c>region.code</c>): what its cells hold and how the template explains it.
/// </summary>
internal sealed class WorkbookColumn
{
    public WorkbookColumn(string name, CellKind kind, Type valueType, bool isList, bool isRequired, string description, Type? enumType = null)
    {
        Name = name;
        Path = name.Split('.');
        Kind = kind;
        ValueType = valueType;
        IsList = isList;
        IsRequired = isRequired;
        Description = description;
        Choices = kind switch
        {
            CellKind.Choice => Naming.EnumNames(enumType!),
            CellKind.Boolean => ["true", "false"],
            _ => [],
        };
    }

    /// <summary>Gets the header (or key), such as <c>funding-source</c> or <c>region.code</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the keys of the document the value is written under, outermost first.</summary>
    public IReadOnlyList<string> Path { get; }

    /// <summary>Gets what a cell (or each item of a list cell) holds.</summary>
    public CellKind Kind { get; }

    /// <summary>Gets the CLR type of one value, for describing it in messages.</summary>
    public Type ValueType { get; }

    /// <summary>Gets a value indicating whether the cell holds a list, items separated by <see cref="StrategyWorkbook.ListSeparator"/>.</summary>
    public bool IsList { get; }

    /// <summary>Gets a value indicating whether every row needs a value.</summary>
    public bool IsRequired { get; }

    /// <summary>Gets the field's description, from the strategy schema.</summary>
    public string Description { get; }

    /// <summary>Gets the values of a drop-down (an enumeration's values, or true and false); empty for other columns.</summary>
    public IReadOnlyList<string> Choices { get; }

    /// <summary>Gets how a message describes the expected value, such as <c>a whole number</c>.</summary>
    public TypeDescription Expected => TypeDescription.Of(ValueType);
}
