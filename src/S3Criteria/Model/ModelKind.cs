namespace S3Criteria.Model;

/// <summary>A kind of object in the strategy model (strategy, priority, partnership…), with its fields.</summary>
internal sealed class ModelKind(string name, Type clrType)
{
    private readonly Dictionary<string, ModelField> _fields = new(StringComparer.Ordinal);

    public string Name { get; } = name;

    public Type ClrType { get; } = clrType;

    public IReadOnlyList<ModelField> Fields { get; private set; } = [];

    public bool TryGetField(string name, out ModelField field) => _fields.TryGetValue(name, out field!);

    internal void SetFields(IEnumerable<ModelField> fields)
    {
        Fields = [.. fields];
        foreach (var field in Fields)
        {
            _fields.Add(field.Name, field);
        }
    }
}
