namespace S3Criteria.Model;

/// <summary>A kind of object in the strategy model (strategy, priority, partnership…), with its fields.</summary>
/// <remarks>
/// Kinds refer to each other through their fields' <see cref="DataType"/>s (a strategy's priorities are objects of the
/// priority kind), so <see cref="ModelSchema"/> creates every kind first and gives each its fields afterwards, once;
/// after that a kind does not change.
/// </remarks>
internal sealed class ModelKind(string name, Type clrType)
{
    private readonly Dictionary<string, ModelField> _fields = new(StringComparer.Ordinal);

    /// <summary>Gets the name documents and rules use, such as <c>priority</c>.</summary>
    public string Name { get; } = name;

    /// <summary>Gets the model class, such as <see cref="PriorityArea"/>.</summary>
    public Type ClrType { get; } = clrType;

    /// <summary>Gets the fields, one per public property (derived ones included), in declaration order.</summary>
    public IReadOnlyList<ModelField> Fields { get; private set; } = [];

    /// <summary>Finds a field by its kebab-case name.</summary>
    /// <param name="name">The name, such as <c>funding-source</c>.</param>
    /// <param name="field">The field, when found.</param>
    /// <returns>Whether the kind has the field.</returns>
    public bool TryGetField(string name, out ModelField field) => _fields.TryGetValue(name, out field!);

    /// <summary>Gives the kind its fields; called once, by <see cref="ModelSchema"/>.</summary>
    /// <param name="fields">The fields.</param>
    internal void SetFields(IEnumerable<ModelField> fields)
    {
        Fields = [.. fields];
        foreach (var field in Fields)
        {
            _fields.Add(field.Name, field);
        }
    }
}
