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

    public static Keys? Of(YNode node, string what, IReadOnlyList<string> allowed, ICollection<Diagnostic> diagnostics)
    {
        if (node is not YMapping mapping)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.WrongType, $"Expected {what} as a mapping with the keys {string.Join(", ", allowed)}; found {node.KindName}.", node.Location));
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
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.UnknownKey,
                    $"Unknown key '{key.Value}' in {what}. {NameSuggester.Suggest(key.Value, allowed)}Expected one of: {string.Join(", ", allowed)}.",
                    key.Location));
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

        diagnostics.Add(new Diagnostic(DiagnosticCodes.WrongType, $"Expected {what} to be a list, found {node.KindName}.", node.Location));
        return null;
    }

    public YNode? Get(string key) => _values.GetValueOrDefault(key);

    public void Missing(string key) =>
        _diagnostics.Add(new Diagnostic(DiagnosticCodes.MissingKey, $"{char.ToUpperInvariant(_what[0])}{_what[1..]} needs '{key}'.", _mapping.Location));

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
                _diagnostics.Add(new Diagnostic(DiagnosticCodes.WrongType, $"'{key}' must be text, found {node.KindName}.", node.Location));
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

        _diagnostics.Add(new Diagnostic(DiagnosticCodes.WrongType, $"'{key}' must be true or false.", node.Location));
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
                _diagnostics.Add(new Diagnostic(DiagnosticCodes.WrongType, $"'{key}' must be an expression (text), found {node.KindName}.", node.Location));
                return null;
        }
    }
}
