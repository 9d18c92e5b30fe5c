using System.Reflection;

namespace S3Criteria.Model;

/// <summary>A field of a model kind, as documents and rules name it.</summary>
internal sealed class ModelField(string name, PropertyInfo property, DataType type, bool isOptional, bool isRequired)
{
    /// <summary>Gets the kebab-case name, such as <c>funding-source</c>.</summary>
    public string Name { get; } = name;

    /// <summary>Gets the model property the field reads and the binder sets.</summary>
    public PropertyInfo Property { get; } = property;

    /// <summary>Gets the type, as documents and rules see it.</summary>
    public DataType Type { get; } = type;

    /// <summary>Gets a value indicating whether a document may leave the value out (it is then missing, not zero).</summary>
    public bool IsOptional { get; } = isOptional;

    /// <summary>Gets a value indicating whether a document must give the value.</summary>
    public bool IsRequired { get; } = isRequired;

    /// <summary>Gets a value indicating whether a document gives the value (derived fields such as a region's country are read-only).</summary>
    public bool IsSettable => Property.SetMethod is not null;
}
