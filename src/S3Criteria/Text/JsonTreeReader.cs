using System.Text;
using System.Text.Json;
using S3Criteria.Diagnostics;

namespace S3Criteria.Text;

/// <summary>
/// Reads JSON into <see cref="YNode"/>s with <see cref="Utf8JsonReader"/>, so that JSON and YAML documents share one
/// binder and report the same located diagnostics.
/// </summary>
internal static class JsonTreeReader
{
    public static YNode? Read(SourceText source, ICollection<Diagnostic> diagnostics, DocumentLimits? limits = null)
    {
        limits ??= DocumentLimits.Default;
        if (source.Text.Length > limits.MaxDocumentLength)
        {
            diagnostics.Add(Messages.TextTooLong.At(new SourceLocation(source.FilePath, 1, 1), ("length", source.Text.Length), ("limit", limits.MaxDocumentLength)));
            return null;
        }

        if (string.IsNullOrWhiteSpace(source.Text))
        {
            diagnostics.Add(Messages.JsonEmpty.At(new SourceLocation(source.FilePath, 1, 1)));
            return null;
        }

        var bytes = Encoding.UTF8.GetBytes(source.Text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false, MaxDepth = limits.MaxDepth + 1 });
        var cursor = new OffsetCursor(bytes);
        try
        {
            if (!reader.Read())
            {
                diagnostics.Add(Messages.JsonEmpty.At(new SourceLocation(source.FilePath, 1, 1)));
                return null;
            }

            var root = ReadValue(ref reader, source, cursor, diagnostics, limits, 0);
            if (reader.Read())
            {
                diagnostics.Add(Messages.JsonTrailingContent.At(source.LocationOf(cursor.CharIndex((int)reader.TokenStartIndex))));
                return null;
            }

            return root;
        }
        catch (LimitExceededException exception)
        {
            diagnostics.Add(exception.Diagnostic);
            return null;
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0) + 1;
            var column = (int)(exception.BytePositionInLine ?? 0) + 1;
            var message = exception.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            diagnostics.Add(Messages.JsonSyntax.At(new SourceLocation(source.FilePath, line, column), ("reason", cut > 0 ? message[..cut] : message)));
            return null;
        }
    }

    private static YNode ReadValue(ref Utf8JsonReader reader, SourceText source, OffsetCursor cursor, ICollection<Diagnostic> diagnostics, DocumentLimits limits, int depth)
    {
        var start = cursor.CharIndex((int)reader.TokenStartIndex);
        var location = source.LocationOf(start);
        if (depth >= limits.MaxDepth && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            throw new LimitExceededException(Messages.JsonTooDeep.At(location, ("limit", limits.MaxDepth)));
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var entries = new List<KeyValuePair<YScalar, YNode>>();
                var seen = new Dictionary<string, YScalar>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var keyStart = cursor.CharIndex((int)reader.TokenStartIndex);
                    var name = ReadString(ref reader, source.LocationOf(keyStart), diagnostics);
                    var key = new YScalar(source.LocationOf(keyStart), name, ScalarStyle.Quoted, keyStart, keyStart + name.Length + 2);
                    reader.Read();
                    var value = ReadValue(ref reader, source, cursor, diagnostics, limits, depth + 1);
                    if (entries.Count >= limits.MaxItems)
                    {
                        throw new LimitExceededException(Messages.JsonTooManyKeys.At(location, ("limit", limits.MaxItems)));
                    }

                    if (seen.TryGetValue(name, out var first))
                    {
                        diagnostics.Add(Messages.DuplicateKey.At(key.Location, ("key", name), ("line", first.Location.Line), ("column", first.Location.Column)));
                        continue;
                    }

                    seen.Add(name, key);
                    entries.Add(new KeyValuePair<YScalar, YNode>(key, value));
                }

                return new YMapping(location, entries);
            case JsonTokenType.StartArray:
                var items = new List<YNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (items.Count >= limits.MaxItems)
                    {
                        throw new LimitExceededException(Messages.JsonTooManyItems.At(location, ("limit", limits.MaxItems)));
                    }

                    items.Add(ReadValue(ref reader, source, cursor, diagnostics, limits, depth + 1));
                }

                return new YSequence(location, items);
            case JsonTokenType.String:
                var text = ReadString(ref reader, location, diagnostics);
                if (text.Length > limits.MaxValueLength)
                {
                    throw new LimitExceededException(Messages.ValueTooLong.At(location, ("length", text.Length), ("limit", limits.MaxValueLength)));
                }

                return new YScalar(location, text, ScalarStyle.Quoted, start, start + text.Length + 2);
            default:
                var raw = Encoding.UTF8.GetString(reader.ValueSpan);
                return new YScalar(location, raw, ScalarStyle.Plain, start, start + raw.Length);
        }
    }

    /// <summary>
    /// Reads a string token. An escape that stands for half of a surrogate pair (<c>"\ud800"</c>) has no UTF-8 form, so
    /// .NET cannot unescape it: that is a located error, and the string is kept as written so that reading goes on.
    /// </summary>
    private static string ReadString(ref Utf8JsonReader reader, SourceLocation location, ICollection<Diagnostic> diagnostics)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            var raw = Encoding.UTF8.GetString(reader.ValueSpan);
            diagnostics.Add(Messages.JsonLoneSurrogate.At(location, ("text", raw)));
            return raw;
        }
    }

    /// <summary>Converts increasing UTF-8 byte offsets to UTF-16 character offsets in one forward pass.</summary>
    private sealed class OffsetCursor(byte[] bytes)
    {
        private int _byte;
        private int _char;

        public int CharIndex(int byteOffset)
        {
            if (byteOffset < _byte)
            {
                _byte = 0;
                _char = 0;
            }

            for (; _byte < byteOffset && _byte < bytes.Length; _byte++)
            {
                var b = bytes[_byte];
                if ((b & 0xC0) != 0x80)
                {
                    _char += b >= 0xF0 ? 2 : 1;
                }
            }

            return _char;
        }
    }
}
