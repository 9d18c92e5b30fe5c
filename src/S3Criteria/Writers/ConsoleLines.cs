using System.Text;

namespace S3Criteria.Writers;

/// <summary>
/// Writes the console format's lines, wrapped at a width on word boundaries (never inside a word: a word longer than
/// the width stands on a line of its own), with continuation lines indented. ANSI colour sequences take no width.
/// </summary>
internal sealed class ConsoleLines
{
    private readonly TextWriter _writer;
    private readonly int _width;

    /// <param name="writer">Where the lines go.</param>
    /// <param name="width">The width to wrap at; 0 or less does not wrap.</param>
    public ConsoleLines(TextWriter writer, int width)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _width = width;
    }

    /// <summary>Writes an empty line.</summary>
    public void Blank() => _writer.WriteLine();

    /// <summary>Writes a line, wrapped; continuation lines start with <paramref name="continuation"/> spaces.</summary>
    /// <param name="text">The line, with its own leading spaces.</param>
    /// <param name="continuation">The indentation of continuation lines.</param>
    public void Line(string text, int continuation = 4)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var line in Wrap(text, _width, continuation))
        {
            _writer.WriteLine(line);
        }
    }

    /// <summary>Splits a line at spaces so that no piece is wider than <paramref name="width"/>, unless one word is.</summary>
    internal static IEnumerable<string> Wrap(string text, int width, int continuation)
    {
        if (width <= 0 || VisibleLength(text) <= width)
        {
            yield return text;
            yield break;
        }

        var indent = text.Length - text.TrimStart(' ').Length;
        var words = text[indent..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var line = new StringBuilder(new string(' ', indent));
        var length = indent;
        var empty = true;
        continuation = Math.Min(continuation, Math.Max(0, width / 2));
        foreach (var word in words)
        {
            var wordLength = VisibleLength(word);
            if (!empty && length + 1 + wordLength > width)
            {
                yield return line.ToString();
                line.Clear().Append(' ', continuation);
                length = continuation;
                empty = true;
            }

            if (!empty)
            {
                line.Append(' ');
                length++;
            }

            line.Append(word);
            length += wordLength;
            empty = false;
        }

        yield return line.ToString();
    }

    /// <summary>The characters a terminal shows: an ANSI sequence (<c>ESC [ ... m</c>) takes none.</summary>
    internal static int VisibleLength(string text)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\u001b' && i + 1 < text.Length && text[i + 1] == '[')
            {
                var end = text.IndexOf('m', i);
                if (end > 0)
                {
                    i = end;
                    continue;
                }
            }

            length++;
        }

        return length;
    }
}
