namespace S3Criteria.Model;

/// <summary>
/// The type of a model field as documents and rules see it (number, text, date, enumeration, list, model object), and
/// so the type system of the rule language, which adds <see cref="Duration"/>. It lives in the model because
/// <see cref="ModelSchema"/> types every field with it. Scalars compile to nullable CLR values (<c>decimal?</c>,
/// <c>DateOnly?</c>, enum?) so a missing value stays missing; text compiles to <see cref="string"/>, lists to
/// <see cref="IReadOnlyList{T}"/>.
/// </summary>
/// <remarks>
/// Whole numbers and decimals are both <see cref="Number"/>, and country and NUTS codes are <see cref="Text"/>: rules
/// compare them as such. The document binder and the JSON Schema look at the CLR property type for the finer shape.
/// </remarks>
internal sealed class DataType : IEquatable<DataType>
{
    public static readonly DataType Number = new(DataTypeKind.Number);
    public static readonly DataType Text = new(DataTypeKind.Text);
    public static readonly DataType Boolean = new(DataTypeKind.Boolean);
    public static readonly DataType Date = new(DataTypeKind.Date);
    public static readonly DataType Duration = new(DataTypeKind.Duration);

    private readonly Type? _itemClrType;

    private DataType(DataTypeKind kind, Type? enumType = null, DataType? element = null, ModelKind? model = null, Type? itemClrType = null)
    {
        Kind = kind;
        EnumType = enumType;
        Element = element;
        Model = model;
        _itemClrType = itemClrType;
    }

    /// <summary>Gets the kind of type.</summary>
    public DataTypeKind Kind { get; }

    /// <summary>Gets the enumeration type, for <see cref="DataTypeKind.Enum"/>.</summary>
    public Type? EnumType { get; }

    /// <summary>Gets the type of the items, for <see cref="DataTypeKind.List"/>.</summary>
    public DataType? Element { get; }

    /// <summary>Gets the model kind, for <see cref="DataTypeKind.Object"/>.</summary>
    public ModelKind? Model { get; }

    /// <summary>Gets a value indicating whether values of this type can be compared and printed as one value.</summary>
    public bool IsScalar => Kind is DataTypeKind.Number or DataTypeKind.Text or DataTypeKind.Boolean or DataTypeKind.Date or DataTypeKind.Enum;

    /// <summary>Gets the name diagnostics of the rule language use, such as <c>list of text</c> or <c>partnership status</c>.</summary>
    public string DisplayName => Kind switch
    {
        DataTypeKind.Enum => Naming.EnumTypeName(EnumType!),
        DataTypeKind.List => $"list of {Element!.DisplayName}",
        DataTypeKind.Object => Model!.Name,
        DataTypeKind.Boolean => "true/false",
        _ => Kind.ToString().ToLowerInvariant(),
    };

    /// <summary>Gets the CLR type of compiled values of this type.</summary>
    public Type ClrType => Kind switch
    {
        DataTypeKind.Number => typeof(decimal?),
        DataTypeKind.Text => typeof(string),
        DataTypeKind.Boolean => typeof(bool),
        DataTypeKind.Date => typeof(DateOnly?),
        DataTypeKind.Duration => typeof(DateSpan),
        DataTypeKind.Enum => typeof(Nullable<>).MakeGenericType(EnumType!),
        DataTypeKind.List => typeof(IReadOnlyList<>).MakeGenericType(_itemClrType ?? Element!.ElementClrType),
        DataTypeKind.Object => Model!.ClrType,
        _ => throw new InvalidOperationException(),
    };

    /// <summary>Gets the CLR type of this type as a list element: strings, enumeration values and model objects as the model stores them.</summary>
    public Type ElementClrType => Kind switch
    {
        DataTypeKind.Text => typeof(string),
        DataTypeKind.Object => Model!.ClrType,
        DataTypeKind.Enum => EnumType!,
        _ => ClrType,
    };

    /// <summary>Gets the type of an enumeration's values.</summary>
    /// <param name="enumType">The enumeration.</param>
    /// <returns>The type.</returns>
    public static DataType Enum(Type enumType) => new(DataTypeKind.Enum, enumType: enumType);

    /// <summary>Gets the type of lists of a type.</summary>
    /// <param name="element">The type of the items.</param>
    /// <returns>The type.</returns>
    public static DataType List(DataType element) => new(DataTypeKind.List, element: element);

    /// <summary>A list of whole numbers as the model stores them (<c>IReadOnlyList&lt;int&gt;</c>), such as an evidence document's criteria.</summary>
    public static DataType WholeNumberList { get; } = new(DataTypeKind.List, element: Number, itemClrType: typeof(int));

    /// <summary>Gets the type of a model kind's objects.</summary>
    /// <param name="model">The kind.</param>
    /// <returns>The type.</returns>
    public static DataType Object(ModelKind model) => new(DataTypeKind.Object, model: model);

    /// <inheritdoc/>
    public bool Equals(DataType? other) =>
        other is not null && Kind == other.Kind && EnumType == other.EnumType && Model == other.Model && Equals(Element, other.Element) && _itemClrType == other._itemClrType;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DataType);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, EnumType, Model, Element, _itemClrType);

    /// <inheritdoc/>
    public override string ToString() => DisplayName;
}
