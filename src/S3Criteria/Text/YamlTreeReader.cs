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
            diagnostics.Add(Messages.TextTooLong.At(new SourceLocation(source.FilePath, 1, 1), ("length", source.Text.Length), ("limit", limits.MaxDocumentLength)));
            return null;
        }

        var parser = new Parser(new StringReader(source.Text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                diagnostics.Add(Messages.YamlEmpty.At(new SourceLocation(source.FilePath, 1, 1)));
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, source, diagnostics, limits, 0);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                diagnostics.Add(Messages.YamlMultipleDocuments.At(At(source, second.Start)));
                return null;
            }

            return root;
        }
        catch (YamlException exception)
        {
            diagnostics.Add(Messages.YamlSyntax.At(At(source, exception.Start), ("reason", Describe(exception))));
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
            diagnostics.Add(Messages.YamlParserStopped.At(at, ("reason", exception.Message)));
            return null;
        }
    }

    private static YNode? ReadNode(IParser parser, SourceText source, ICollection<Diagnostic> diagnostics, DocumentLimits limits, int depth)
    {
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            if (scalar.Value.Length > limits.MaxValueLength)
            {
                throw new LimitExceededException(Messages.ValueTooLong.At(At(source, scalar.Start), ("length", scalar.Value.Length), ("limit", limits.MaxValueLength)));
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
            throw new LimitExceededException(Messages.YamlTooDeep.At(At(source, start.Start), ("limit", limits.MaxDepth)));
        }

        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var items = new List<YNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                if (items.Count >= limits.MaxItems)
                {
                    throw new LimitExceededException(Messages.YamlTooManyItems.At(At(source, sequenceStart.Start), ("limit", limits.MaxItems)));
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
                    throw new LimitExceededException(Messages.YamlTooManyKeys.At(At(source, mappingStart.Start), ("limit", limits.MaxItems)));
                }

                var keyNode = ReadNode(parser, source, diagnostics, limits, depth + 1);
                var value = ReadNode(parser, source, diagnostics, limits, depth + 1);
                if (keyNode is not YScalar key)
                {
                    if (keyNode is not null)
                    {
                        diagnostics.Add(Messages.KeyNotText.At(keyNode.Location, ("found", keyNode.KindName)));
                    }

                    continue;
                }

                if (seen.TryGetValue(key.Value, out var first))
                {
                    diagnostics.Add(Messages.DuplicateKey.At(key.Location, ("key", key.Value), ("line", first.Location.Line), ("column", first.Location.Column)));
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
        diagnostics.Add(Messages.AliasNotSupported.At(At(source, alias.Start), ("alias", alias.Value)));
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
