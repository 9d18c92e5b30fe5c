using System.Globalization;
using S3Criteria.Diagnostics;
using S3Criteria.Model;
using S3Criteria.Text;

namespace S3Criteria.Documents;

/// <summary>
/// Binds a parsed document to the strategy model strictly: unknown keys, wrong types, malformed values and missing
/// required keys are all reported, with the path of the value and its line and column, and binding goes on after each
/// error so that one pass reports every problem.
/// </summary>
internal sealed class StrategyBinder
{
    private readonly ICollection<Diagnostic> _diagnostics;
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);
    private readonly HashSet<string> _failedPaths = new(StringComparer.Ordinal);

    private StrategyBinder(ICollection<Diagnostic> diagnostics) => _diagnostics = diagnostics;

    /// <summary>Binds a node to any kind of the model (a strategy, a catalogue vehicle), with paths starting at <paramref name="path"/>.</summary>
    public static object? BindKind(YNode node, ModelKind kind, string path, ICollection<Diagnostic> diagnostics) =>
        new StrategyBinder(diagnostics).BindObject(node, kind, path);

    /// <summary>Binds <paramref name="root"/>; returns the strategy (possibly incomplete when there were errors) and where each value came from.</summary>
    public static (Strategy? Strategy, IReadOnlyDictionary<string, SourceLocation> Locations, IReadOnlySet<string> FailedPaths) Bind(YNode root, ICollection<Diagnostic> diagnostics)
    {
        var binder = new StrategyBinder(diagnostics);
        var strategy = (Strategy?)binder.BindObject(root, ModelSchema.Strategy, string.Empty);
        return (strategy, binder._locations, binder._failedPaths);
    }

    private object? BindObject(YNode node, ModelKind kind, string path)
    {
        var fields = kind.Fields.Where(f => f.IsSettable).ToList();
        if (node is not YMapping mapping)
        {
            Error(node, path, Messages.DocumentNotMapping, ("kind", kind.Name), ("found", node.KindName), ("keys", fields.Select(f => f.Name)));
            return null;
        }

        var instance = Activator.CreateInstance(kind.ClrType)!;
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Entries)
        {
            if (path.Length == 0 && key.Value == "$schema")
            {
                // Editors find the JSON Schema of a JSON document through this key; it is not part of the model.
                continue;
            }

            var childPath = path.Length == 0 ? key.Value : $"{path}.{key.Value}";
            if (!kind.TryGetField(key.Value, out var field) || !field.IsSettable)
            {
                var names = fields.Select(f => f.Name).ToList();
                var message = field is { IsSettable: false } ? Messages.DocumentDerivedKey : Messages.DocumentUnknownKey;
                Error(key, childPath, message, ("key", key.Value), ("kind", kind.Name), ("suggestion", NameSuggester.Suggest(key.Value, names)), ("keys", names));
                continue;
            }

            given.Add(field.Name);
            _locations[childPath] = value.Location;
            var bound = BindValue(value, field.Property.PropertyType, childPath, field);
            if (bound.Ok && bound.Value is not null)
            {
                field.Property.SetValue(instance, bound.Value);
            }
        }

        foreach (var field in fields.Where(f => f.IsRequired && !given.Contains(f.Name)))
        {
            var childPath = path.Length == 0 ? field.Name : $"{path}.{field.Name}";
            Error(mapping, childPath, Messages.DocumentMissingKey, ("kind", kind.Name), ("key", field.Name), ("expected", TypeDescription.Of(field.Property.PropertyType)));
        }

        return instance;
    }

    private (bool Ok, object? Value) BindValue(YNode node, Type type, string path, ModelField? field)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (node is YScalar { IsNull: true })
        {
            if (underlying is not null || field is { IsOptional: true } || (field is { IsRequired: false } && ModelSchemaKind(type) is not null))
            {
                // A key without a value leaves an optional value, a collection of the strategy, or a block such as
                // governance, not given (the strategy schema says the same).
                return (true, null);
            }

            Error(node, path, Messages.DocumentValueMissing, ("expected", TypeDescription.Of(type)));
            return (false, null);
        }

        type = underlying ?? type;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return BindList(node, type.GetGenericArguments()[0], path);
        }

        if (ModelSchemaKind(type) is { } kind)
        {
            var value = BindObject(node, kind, path);
            return (value is not null, value);
        }

        if (node is not YScalar scalar)
        {
            Error(node, path, Messages.DocumentWrongType, ("expected", TypeDescription.Of(type)), ("found", node.KindName));
            return (false, null);
        }

        if (StyleMismatch(scalar, type) is { } mismatch)
        {
            Error(node, path, mismatch, ("value", scalar.Value), ("expected", TypeDescription.Of(type)));
            return (false, null);
        }

        if (ScalarReader.Read(scalar.Value, type) is not { } result)
        {
            if (RetiredValues.TryGet(type, scalar.Value, out var retired, out var programme))
            {
                Error(node, path, retired, ("value", scalar.Value), ("expected", TypeDescription.Of(type)), ("programme", programme));
                return (false, null);
            }

            var suggestion = type.IsEnum ? NameSuggester.Suggest(scalar.Value, Naming.EnumNames(type)).TrimEnd() : default;
            var message = suggestion.IsEmpty ? Messages.DocumentInvalidValue : Messages.DocumentInvalidValueSuggested;
            Error(node, path, message, ("value", scalar.Value), ("expected", TypeDescription.Of(type)), ("suggestion", suggestion));
            return (false, null);
        }

        return (true, result);
    }

    private (bool Ok, object? Value) BindList(YNode node, Type element, string path)
    {
        if (node is not YSequence sequence)
        {
            Error(node, path, Messages.DocumentListExpected, ("expected", TypeDescription.Of(element)), ("found", node.KindName));
            return (false, null);
        }

        var array = Array.CreateInstance(element, sequence.Items.Count);
        var ok = true;
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            _locations[itemPath] = sequence.Items[i].Location;
            var (itemOk, value) = BindValue(sequence.Items[i], element, itemPath, null);
            ok &= itemOk;
            if (value is not null)
            {
                array.SetValue(value, i);
            }
        }

        if (!ok)
        {
            // Keep the items that bound so later checks can still run; drop the holes.
            var list = Array.CreateInstance(element, array.Cast<object?>().Count(v => v is not null));
            var j = 0;
            foreach (var value in array)
            {
                if (value is not null)
                {
                    list.SetValue(value, j++);
                }
            }

            return (true, list);
        }

        return (true, array);
    }

    /// <summary>
    /// A value must be written as the JSON Schema says, so that the schema and the binder agree: a boolean or a number
    /// without quotes (<c>'true'</c> and <c>'1000'</c> are text), and text that would read as a number or a boolean
    /// (an identifier <c>123</c>) in quotes.
    /// </summary>
    private static Message? StyleMismatch(YScalar scalar, Type type) =>
        type == typeof(bool) || type == typeof(decimal) || type == typeof(int)
            ? scalar.Style == ScalarStyle.Plain ? null : Messages.DocumentQuotedValue
            : type == typeof(string) && scalar.IsNumberOrBoolean ? Messages.DocumentUnquotedText : null;

    private static ModelKind? ModelSchemaKind(Type type) => ModelSchema.TryGetKind(type, out var kind) ? kind : null;

    private void Error(YNode node, string path, Message message, params ReadOnlySpan<(string Name, object? Value)> arguments)
    {
        _failedPaths.Add(path);
        _diagnostics.Add(message.At(node.Location, path, arguments));
    }
}
