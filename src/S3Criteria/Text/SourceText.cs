using S3Criteria.Diagnostics;

namespace S3Criteria.Text;

/// <summary>The source text of a document, with the file it came from, for mapping offsets to line and column.</summary>
internal sealed class SourceText
{
    private readonly int[] _lineStarts;

    /// <summary>Initializes a new instance of the <see cref="SourceText"/> class, indexing where each line starts.</summary>
    /// <param name="text">The document.</param>
    /// <param name="filePath">The file to name in locations, if any.</param>
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

    /// <summary>Gets the document.</summary>
    public string Text { get; }

    /// <summary>Gets the file to name in locations, if any.</summary>
    public string? FilePath { get; }

    /// <summary>Gets the 1-based line and column of a 0-based character offset (clamped to the text).</summary>
    /// <param name="index">The offset.</param>
    /// <returns>The location.</returns>
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
