namespace S3Criteria.Model;

/// <summary>
/// A type of the rule language. Scalars compile to nullable CLR values (<c>decimal?</c>, <c>DateOnly?</c>, enum?) so a
/// missing value stays missing; text compiles to <see cref="string"/>, lists to <see cref="IReadOnlyList{T}"/>.
/// </summary>
internal sealed class DataType : IEquatable<DataType>
{
    public static readonly DataType Number = new(DataTypeKind.Number);
    public static readonly DataType Text = new(DataTypeKind.Text);
    public static readonly DataType Boolean = new(DataTypeKind.Boolean);
    public static readonly DataType Date = new(DataTypeKind.Date);
    public static readonly DataType Duration = new(DataTypeKind.Duration);

    private DataType(DataTypeKind kind, Type? enumType = null, DataType? element = null, ModelKind? model = null)
    {
        Kind = kind;
        EnumType = enumType;
        Element = element;
        Model = model;
    }

    public DataTypeKind Kind { get; }

    public Type? EnumType { get; }

    public DataType? Element { get; }

    public ModelKind? Model { get; }

    public bool IsScalar => Kind is DataTypeKind.Number or DataTypeKind.Text or DataTypeKind.Boolean or DataTypeKind.Date or DataTypeKind.Enum;

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
        DataTypeKind.List => typeof(IReadOnlyList<>).MakeGenericType(Element!.ElementClrType),
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

    public static DataType Enum(Type enumType) => new(DataTypeKind.Enum, enumType: enumType);

    public static DataType List(DataType element) => new(DataTypeKind.List, element: element);

    public static DataType Object(ModelKind model) => new(DataTypeKind.Object, model: model);

    public bool Equals(DataType? other) =>
        other is not null && Kind == other.Kind && EnumType == other.EnumType && Model == other.Model && Equals(Element, other.Element);

    public override bool Equals(object? obj) => Equals(obj as DataType);

    public override int GetHashCode() => HashCode.Combine(Kind, EnumType, Model, Element);

    public override string ToString() => DisplayName;
}
