using S3Criteria.Diagnostics;

namespace S3Criteria.Text;

/// <summary>A node of a parsed YAML or JSON document, with its position. Keeps YamlDotNet behind this seam.</summary>
internal abstract class YNode(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    public abstract string KindName { get; }
}

/// <summary>How a scalar was written; decides how positions inside it map back to the file.</summary>
internal enum ScalarStyle
{
    Plain,
    Quoted,
    Block,
}

internal sealed class YScalar(SourceLocation location, string value, ScalarStyle style, int startIndex, int endIndex) : YNode(location)
{
    public string Value { get; } = value;

    public ScalarStyle Style { get; } = style;

    /// <summary>Gets the 0-based character offset of the scalar's first character (including a quote or block indicator).</summary>
    public int StartIndex { get; } = startIndex;

    /// <summary>Gets the 0-based character offset just past the scalar.</summary>
    public int EndIndex { get; } = endIndex;

    public bool IsNull => Style == ScalarStyle.Plain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => IsNull ? "nothing (null)" : "text";
}

internal sealed class YMapping(SourceLocation location, IReadOnlyList<KeyValuePair<YScalar, YNode>> entries) : YNode(location)
{
    public IReadOnlyList<KeyValuePair<YScalar, YNode>> Entries { get; } = entries;

    public override string KindName => "a mapping";
}

internal sealed class YSequence(SourceLocation location, IReadOnlyList<YNode> items) : YNode(location)
{
    public IReadOnlyList<YNode> Items { get; } = items;

    public override string KindName => "a list";
}

/// <summary>The source text of a document, with the file it came from, for mapping offsets to line and column.</summary>
internal sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string text, string? filePath)
    {
        Text = text;
        FilePath = filePath;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    public string Text { get; }

    public string? FilePath { get; }

    public SourceLocation LocationOf(int index)
    {
        index = Math.Clamp(index, 0, Text.Length);
        var line = Array.BinarySearch(_lineStarts, index);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourceLocation(FilePath, line + 1, index - _lineStarts[line] + 1);
    }
}
