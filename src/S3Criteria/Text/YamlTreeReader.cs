using S3Criteria.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace S3Criteria.Text;

/// <summary>
/// Reads YAML into <see cref="YNode"/>s with YamlDotNet's low-level parser, reporting syntax errors, duplicate keys and
/// aliases as located diagnostics instead of exceptions.
/// </summary>
internal static class YamlTreeReader
{
    public static YNode? Read(SourceText source, ICollection<Diagnostic> diagnostics, DocumentLimits? limits = null)
    {
        limits ??= DocumentLimits.Default;
        if (source.Text.Length > limits.MaxDocumentLength)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.LimitExceeded, $"The file has {source.Text.Length} characters; the limit is {limits.MaxDocumentLength}.", new SourceLocation(source.FilePath, 1, 1)));
            return null;
        }

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
            var root = ReadNode(parser, source, diagnostics, limits, 0);
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
        catch (LimitExceededException exception)
        {
            diagnostics.Add(exception.Diagnostic);
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner throws these on some malformed input (found by fuzzing); report them as syntax errors
            // at the last position it read, never let them escape.
            var at = parser.Current is { } current ? At(source, current.End) : new SourceLocation(source.FilePath, 1, 1);
            diagnostics.Add(new Diagnostic(DiagnosticCodes.Syntax, $"Invalid YAML after this point; the YAML parser stopped: {exception.Message}", at));
            return null;
        }
    }

    private static YNode? ReadNode(IParser parser, SourceText source, ICollection<Diagnostic> diagnostics, DocumentLimits limits, int depth)
    {
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            if (scalar.Value.Length > limits.MaxValueLength)
            {
                throw new LimitExceededException(new Diagnostic(DiagnosticCodes.LimitExceeded, $"A value has {scalar.Value.Length} characters; the limit is {limits.MaxValueLength}.", At(source, scalar.Start)));
            }

            var style = scalar.Style switch
            {
                YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted => ScalarStyle.Quoted,
                YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded => ScalarStyle.Block,
                _ => ScalarStyle.Plain,
            };
            return new YScalar(At(source, scalar.Start), scalar.Value, style, (int)scalar.Start.Index, (int)scalar.End.Index);
        }

        if (parser.Accept<NodeEvent>(out var start) && start is SequenceStart or MappingStart && depth >= limits.MaxDepth)
        {
            throw new LimitExceededException(new Diagnostic(DiagnosticCodes.LimitExceeded, $"Lists and mappings nest more than {limits.MaxDepth} levels deep here.", At(source, start.Start)));
        }

        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var items = new List<YNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                if (items.Count >= limits.MaxItems)
                {
                    throw new LimitExceededException(new Diagnostic(DiagnosticCodes.LimitExceeded, $"A list holds more than {limits.MaxItems} items.", At(source, sequenceStart.Start)));
                }

                if (ReadNode(parser, source, diagnostics, limits, depth + 1) is { } item)
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
                if (entries.Count >= limits.MaxItems)
                {
                    throw new LimitExceededException(new Diagnostic(DiagnosticCodes.LimitExceeded, $"A mapping holds more than {limits.MaxItems} keys.", At(source, mappingStart.Start)));
                }

                var keyNode = ReadNode(parser, source, diagnostics, limits, depth + 1);
                var value = ReadNode(parser, source, diagnostics, limits, depth + 1);
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
