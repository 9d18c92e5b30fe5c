using System.Collections;
using System.Globalization;
using System.Text;
using S3Criteria.Diagnostics;
using S3Criteria.Model;
using S3Criteria.Text;

namespace S3Criteria.Documents;

/// <summary>
/// Writes a strategy as a YAML or JSON document that <see cref="StrategyDocument"/> loads back to the same strategy:
/// the target of <c>s3criteria convert</c>. What the model does not hold is not written: comments of the source, and
/// values equal to their defaults (an empty list of a partnership's priorities, an empty governance block). A
/// collection of the strategy that is not stated stays out; one stated as empty is written <c>[]</c>.
/// </summary>
/// <threadsafety static="true" instance="true"/>
public static class StrategyDocumentWriter
{
    private static readonly SourceLocation Nowhere = new(null, 1, 1);

    /// <summary>Writes a strategy as a document.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="format">The document's syntax.</param>
    /// <returns>The document's text, with <c>\n</c> line ends and a final newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="strategy"/> is <see langword="null"/>.</exception>
    public static string Write(Strategy strategy, StrategyDocumentFormat format = StrategyDocumentFormat.Yaml)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        var root = Node(strategy, ModelSchema.Strategy);
        if (format == StrategyDocumentFormat.Json)
        {
            var entries = new List<KeyValuePair<YScalar, YNode>> { new(Text("$schema", ScalarStyle.Quoted), Text(StrategyJsonSchema.Id, ScalarStyle.Quoted)) };
            entries.AddRange(root.Entries);
            using var stream = new MemoryStream();
            JsonTreeWriter.Write(new YMapping(Nowhere, entries), stream);
            return Encoding.UTF8.GetString(stream.ToArray());
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        writer.WriteLine($"# yaml-language-server: $schema={StrategyJsonSchema.Id}");
        YamlTreeWriter.Write(root, writer);
        return writer.ToString().ReplaceLineEndings("\n");
    }

    private static YMapping Node(object instance, ModelKind kind)
    {
        var defaults = Activator.CreateInstance(kind.ClrType)!;
        var entries = new List<KeyValuePair<YScalar, YNode>>();
        foreach (var field in kind.Fields.Where(f => f.IsSettable))
        {
            var value = field.Property.GetValue(instance);
            if (!field.IsRequired && IsDefault(value, field.Property.GetValue(defaults)))
            {
                continue;
            }

            if (value is not null)
            {
                entries.Add(new(Text(field.Name, ScalarStyle.Quoted), Value(value)));
            }
        }

        return new YMapping(Nowhere, entries);
    }

    private static YNode Value(object value) => value switch
    {
        string text => Text(text, ScalarStyle.Quoted),
        bool flag => Text(flag ? "true" : "false", ScalarStyle.Plain),
        decimal number => Text(number.ToString(CultureInfo.InvariantCulture), ScalarStyle.Plain),
        int number => Text(number.ToString(CultureInfo.InvariantCulture), ScalarStyle.Plain),
        DateOnly date => Text(IsoDate.ToText(date), ScalarStyle.Quoted),
        Enum member => Text(Naming.EnumName(member), ScalarStyle.Quoted),
        CountryCode or NutsCode => Text(value.ToString()!, ScalarStyle.Quoted),
        IEnumerable items => new YSequence(Nowhere, [.. items.Cast<object>().Select(Value)]),
        _ => Node(value, ModelSchema.KindOf(value.GetType())),
    };

    private static bool IsDefault(object? value, object? defaultValue) => (value, defaultValue) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (string, _) => Equals(value, defaultValue),
        (ICollection list, ICollection empty) => list.Count == 0 && empty.Count == 0,
        _ when ModelSchema.TryGetKind(value.GetType(), out var kind) => kind.Fields.Where(f => f.IsSettable).All(f => IsDefault(f.Property.GetValue(value), f.Property.GetValue(defaultValue))),
        _ => Equals(value, defaultValue),
    };

    private static YScalar Text(string value, ScalarStyle style) => new(Nowhere, value, style, 0, 0);
}
