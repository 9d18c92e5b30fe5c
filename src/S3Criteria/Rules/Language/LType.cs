using S3Criteria.Model;

namespace S3Criteria.Rules.Language;

/// <summary>The kinds of values in the rule language.</summary>
internal enum TypeKind
{
    Number,
    Text,
    Boolean,
    Date,
    Duration,
    Enum,
    List,
    Object,
}

/// <summary>
/// A type of the rule language. Scalars compile to nullable CLR values (<c>decimal?</c>, <c>DateOnly?</c>, enum?) so a
/// missing value stays missing; text compiles to <see cref="string"/>, lists to <see cref="IReadOnlyList{T}"/>.
/// </summary>
internal sealed class LType : IEquatable<LType>
{
    public static readonly LType Number = new(TypeKind.Number);
    public static readonly LType Text = new(TypeKind.Text);
    public static readonly LType Boolean = new(TypeKind.Boolean);
    public static readonly LType Date = new(TypeKind.Date);
    public static readonly LType Duration = new(TypeKind.Duration);

    private LType(TypeKind kind, Type? enumType = null, LType? element = null, ModelKind? model = null)
    {
        Kind = kind;
        EnumType = enumType;
        Element = element;
        Model = model;
    }

    public TypeKind Kind { get; }

    public Type? EnumType { get; }

    public LType? Element { get; }

    public ModelKind? Model { get; }

    public bool IsScalar => Kind is TypeKind.Number or TypeKind.Text or TypeKind.Boolean or TypeKind.Date or TypeKind.Enum;

    public string DisplayName => Kind switch
    {
        TypeKind.Enum => Naming.EnumTypeName(EnumType!),
        TypeKind.List => $"list of {Element!.DisplayName}",
        TypeKind.Object => Model!.Name,
        TypeKind.Boolean => "true/false",
        _ => Kind.ToString().ToLowerInvariant(),
    };

    /// <summary>Gets the CLR type of compiled values of this type.</summary>
    public Type ClrType => Kind switch
    {
        TypeKind.Number => typeof(decimal?),
        TypeKind.Text => typeof(string),
        TypeKind.Boolean => typeof(bool),
        TypeKind.Date => typeof(DateOnly?),
        TypeKind.Duration => typeof(DateSpan),
        TypeKind.Enum => typeof(Nullable<>).MakeGenericType(EnumType!),
        TypeKind.List => typeof(IReadOnlyList<>).MakeGenericType(Element!.ElementClrType),
        TypeKind.Object => Model!.ClrType,
        _ => throw new InvalidOperationException(),
    };

    /// <summary>Gets the CLR type of this type as a list element: strings, enumeration values and model objects as the model stores them.</summary>
    public Type ElementClrType => Kind switch
    {
        TypeKind.Text => typeof(string),
        TypeKind.Object => Model!.ClrType,
        TypeKind.Enum => EnumType!,
        _ => ClrType,
    };

    public static LType Enum(Type enumType) => new(TypeKind.Enum, enumType: enumType);

    public static LType List(LType element) => new(TypeKind.List, element: element);

    public static LType Object(ModelKind model) => new(TypeKind.Object, model: model);

    public bool Equals(LType? other) =>
        other is not null && Kind == other.Kind && EnumType == other.EnumType && Model == other.Model && Equals(Element, other.Element);

    public override bool Equals(object? obj) => Equals(obj as LType);

    public override int GetHashCode() => HashCode.Combine(Kind, EnumType, Model, Element);

    public override string ToString() => DisplayName;
}
