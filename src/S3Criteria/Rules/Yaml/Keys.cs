using S3Criteria.Diagnostics;
using S3Criteria.Rules.Language;
using S3Criteria.Text;

namespace S3Criteria.Rules.Yaml;

/// <summary>A strict view of a YAML mapping: unknown keys are reported once, on creation; typed getters report wrong types.</summary>
internal sealed class Keys
{
    private readonly YMapping _mapping;
    private readonly string _what;
    private readonly ICollection<Diagnostic> _diagnostics;
    private readonly Dictionary<string, YNode> _values = new(StringComparer.Ordinal);

    private Keys(YMapping mapping, string what, ICollection<Diagnostic> diagnostics)
    {
        _mapping = mapping;
        _what = what;
        _diagnostics = diagnostics;
    }

    /// <summary>Gets the mapping.</summary>
    public YMapping Mapping => _mapping;

    /// <summary>Gets where the problems of the mapping's values go.</summary>
    public ICollection<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>Gets a value indicating whether the mapping had a key that is not allowed (each was reported).</summary>
    public bool HasUnknownKeys { get; private set; }

    public static Keys? Of(YNode node, string what, IReadOnlyList<string> allowed, ICollection<Diagnostic> diagnostics)
    {
        if (node is not YMapping mapping)
        {
            diagnostics.Add(Messages.KeysExpectedMapping.At(node.Location, ("what", what), ("keys", allowed), ("found", node.KindName)));
            return null;
        }

        var keys = new Keys(mapping, what, diagnostics);
        foreach (var (key, value) in mapping.Entries)
        {
            if (allowed.Contains(key.Value))
            {
                keys._values[key.Value] = value;
            }
            else
            {
                keys.HasUnknownKeys = true;
                diagnostics.Add(Messages.KeysUnknownKey.At(
                    key.Location,
                    ("key", key.Value),
                    ("what", what),
                    ("suggestion", NameSuggester.Suggest(key.Value, allowed)),
                    ("keys", allowed)));
            }
        }

        return keys;
    }

    public static IReadOnlyList<YNode>? List(YNode node, string what, ICollection<Diagnostic> diagnostics)
    {
        if (node is YSequence sequence)
        {
            return sequence.Items;
        }

        diagnostics.Add(Messages.KeysExpectedList.At(node.Location, ("what", what), ("found", node.KindName)));
        return null;
    }

    public YNode? Get(string key) => _values.GetValueOrDefault(key);

    public void Missing(string key) =>
        _diagnostics.Add(Messages.KeysMissingKey.At(_mapping.Location, ("what", $"{char.ToUpperInvariant(_what[0])}{_what[1..]}"), ("key", key)));

    public string? Text(string key, bool required = false)
    {
        var node = Get(key);
        switch (node)
        {
            case null:
                if (required)
                {
                    Missing(key);
                }

                return null;
            case YScalar { IsNull: false } scalar:
                return scalar.Value.Trim();
            default:
                _diagnostics.Add(Messages.KeysNotText.At(node.Location, ("key", key), ("found", node.KindName)));
                return null;
        }
    }

    public bool? Boolean(string key)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is YScalar { Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        _diagnostics.Add(Messages.KeysNotBoolean.At(node.Location, ("key", key)));
        return null;
    }

    public ExpressionSource? Expression(string key, SourceText file, bool required)
    {
        var node = Get(key);
        switch (node)
        {
            case null:
                if (required)
                {
                    Missing(key);
                }

                return null;
            case YScalar { IsNull: false } scalar:
                return ExpressionSource.FromScalar(scalar, file);
            default:
                _diagnostics.Add(Messages.KeysNotExpression.At(node.Location, ("key", key), ("found", node.KindName)));
                return null;
        }
    }
}
