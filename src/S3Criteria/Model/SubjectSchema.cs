using System.Collections;

namespace S3Criteria.Model;

/// <summary>One <see cref="SubjectKind"/> as the model schema knows it: its name, its kind of item, and the strategy's collection of them.</summary>
internal sealed class SubjectSchema(SubjectKind kind, ModelKind model, ModelField? collection, ModelField id, ModelField name)
{
    /// <summary>Gets the subject kind.</summary>
    public SubjectKind Kind { get; } = kind;

    /// <summary>Gets the name rules and reports use, such as <c>priority</c>.</summary>
    public string Name { get; } = Naming.EnumName(kind);

    /// <summary>Gets the kind of item judged.</summary>
    public ModelKind Model { get; } = model;

    /// <summary>Gets the strategy's collection of such items (<c>priorities</c>), or <see langword="null"/> for the strategy itself.</summary>
    public ModelField? Collection { get; } = collection;

    /// <summary>Gets the field that identifies an item (<c>id</c>).</summary>
    public ModelField IdField { get; } = id;

    /// <summary>Gets the field reports name an item by (<c>name</c> or <c>title</c>).</summary>
    public ModelField NameField { get; } = name;

    /// <summary>Gets the items of this kind in a strategy: the strategy itself, or the items of its collection (none when not stated).</summary>
    /// <param name="strategy">The strategy.</param>
    /// <returns>The items, in document order.</returns>
    public IReadOnlyList<object> Items(Strategy strategy) =>
        Collection is null ? [strategy] : Collection.Property.GetValue(strategy) is IEnumerable items ? [.. items.Cast<object>()] : [];

    /// <summary>Gets how many items of this kind a strategy has (1 for the strategy itself, 0 when not stated).</summary>
    /// <param name="strategy">The strategy.</param>
    /// <returns>The number of items.</returns>
    public int Count(Strategy strategy) => Collection is null ? 1 : (Collection.Property.GetValue(strategy) as ICollection)?.Count ?? 0;

    /// <summary>Tells whether the document states this kind's collection (the strategy itself is always stated).</summary>
    /// <param name="strategy">The strategy.</param>
    /// <returns><see langword="false"/> when the collection is absent from the document.</returns>
    public bool IsStated(Strategy strategy) => Collection is null || Collection.Property.GetValue(strategy) is not null;

    /// <summary>Gets an item's identifier and name, as reports show them.</summary>
    /// <param name="item">An item of this kind.</param>
    /// <returns>Its identifier and name or title.</returns>
    public (string Id, string Name) Identify(object item) =>
        ((string)IdField.Property.GetValue(item)!, (string)NameField.Property.GetValue(item)!);
}
