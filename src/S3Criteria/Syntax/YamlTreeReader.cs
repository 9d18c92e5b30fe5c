using S3Criteria.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace S3Criteria.Syntax;

/// <summary>
/// Reads YAML into <see cref="YNode"/>s with YamlDotNet's low-level parser, reporting syntax errors, duplicate keys and
/// aliases as located diagnostics instead of exceptions.
/// </summary>
internal static class YamlTreeReader
{
    public static YNode? Read(SourceText source, ICollection<Diagnostic> diagnostics)
    {
        var parser = new Parser(new StringReader(source.Text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.EmptyOrMultipleDocuments, "The file is empty; expected a YAML mapping.", new SourceLocation(source.FilePath, 1, 1)));
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, source, diagnostics);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.EmptyOrMultipleDocuments, "The file holds more than one YAML document; expected exactly one.", At(source, second.Start)));
                return null;
            }

            return root;
        }
        catch (YamlException exception)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.Syntax, $"Invalid YAML: {Describe(exception)}", At(source, exception.Start)));
            return null;
        }
    }

    private static YNode? ReadNode(IParser parser, SourceText source, ICollection<Diagnostic> diagnostics)
    {
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            var style = scalar.Style switch
            {
                YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted => ScalarStyle.Quoted,
                YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded => ScalarStyle.Block,
                _ => ScalarStyle.Plain,
            };
            return new YScalar(At(source, scalar.Start), scalar.Value, style, (int)scalar.Start.Index, (int)scalar.End.Index);
        }

        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var items = new List<YNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                if (ReadNode(parser, source, diagnostics) is { } item)
                {
                    items.Add(item);
                }
            }

            return new YSequence(At(source, sequenceStart.Start), items);
        }

        if (parser.TryConsume<MappingStart>(out var mappingStart))
        {
            var entries = new List<KeyValuePair<YScalar, YNode>>();
            var seen = new Dictionary<string, YScalar>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyNode = ReadNode(parser, source, diagnostics);
                var value = ReadNode(parser, source, diagnostics);
                if (keyNode is not YScalar key)
                {
                    if (keyNode is not null)
                    {
                        diagnostics.Add(new Diagnostic(DiagnosticCodes.WrongType, $"A mapping key must be text, found {keyNode.KindName}.", keyNode.Location));
                    }

                    continue;
                }

                if (seen.TryGetValue(key.Value, out var first))
                {
                    diagnostics.Add(new Diagnostic(
                        DiagnosticCodes.DuplicateKey,
                        $"Duplicate key '{key.Value}'; it was first given at line {first.Location.Line}, column {first.Location.Column}.",
                        key.Location));
                    continue;
                }

                seen.Add(key.Value, key);
                if (value is not null)
                {
                    entries.Add(new KeyValuePair<YScalar, YNode>(key, value));
                }
            }

            return new YMapping(At(source, mappingStart.Start), entries);
        }

        var alias = parser.Consume<AnchorAlias>();
        diagnostics.Add(new Diagnostic(DiagnosticCodes.AliasNotSupported, $"YAML aliases (*{alias.Value}) are not supported; write the value out.", At(source, alias.Start)));
        return null;
    }

    private static SourceLocation At(SourceText source, Mark mark) =>
        new(source.FilePath, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));

    private static string Describe(YamlException exception)
    {
        // YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 1) - (...): "; the location is reported separately.
        var message = exception.InnerException is YamlException inner ? inner.Message : exception.Message;
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 && message.StartsWith('(') ? message[(marker + 3)..] : message;
    }
}
