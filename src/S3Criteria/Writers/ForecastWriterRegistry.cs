using System.Diagnostics.CodeAnalysis;

namespace S3Criteria.Writers;

/// <summary>
/// The forecast writers by format name: <see cref="Default"/> holds the built-in formats, which the command line's
/// <c>forecast --format</c> offers.
/// </summary>
/// <threadsafety static="true" instance="true"/>
public sealed class ForecastWriterRegistry
{
    private readonly Dictionary<string, ForecastWriter> _byFormat;

    /// <summary>Creates a registry of the given writers.</summary>
    /// <param name="writers">The writers, in the order to list their formats; no two with the same format name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writers"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two writers have the same format name.</exception>
    public ForecastWriterRegistry(IEnumerable<ForecastWriter> writers)
    {
        ArgumentNullException.ThrowIfNull(writers);
        ForecastWriter[] all = [.. writers];
        _byFormat = new Dictionary<string, ForecastWriter>(StringComparer.Ordinal);
        foreach (var writer in all)
        {
            ArgumentNullException.ThrowIfNull(writer, nameof(writers));
            if (!_byFormat.TryAdd(writer.Format, writer))
            {
                throw new ArgumentException($"Two writers have the format name '{writer.Format}'.", nameof(writers));
            }
        }

        Writers = all;
        Formats = [.. all.Select(w => w.Format)];
    }

    /// <summary>Gets the registry of the built-in formats: <c>console</c>, <c>json</c>, <c>markdown</c> and <c>html</c>.</summary>
    public static ForecastWriterRegistry Default { get; } = new(
    [
        new ConsoleForecastWriter(),
        new JsonForecastWriter(),
        new MarkdownForecastWriter(),
        new HtmlForecastWriter(),
    ]);

    /// <summary>Gets the writers, in registration order.</summary>
    public IReadOnlyList<ForecastWriter> Writers { get; }

    /// <summary>Gets the format names, in registration order.</summary>
    public IReadOnlyList<string> Formats { get; }

    /// <summary>Finds the writer of a format.</summary>
    /// <param name="format">The format's name; names are compared exactly.</param>
    /// <param name="writer">The writer, when there is one.</param>
    /// <returns><see langword="true"/> when the registry has a writer of <paramref name="format"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="format"/> is <see langword="null"/>.</exception>
    public bool TryGet(string format, [NotNullWhen(true)] out ForecastWriter? writer)
    {
        ArgumentNullException.ThrowIfNull(format);
        return _byFormat.TryGetValue(format, out writer);
    }

    /// <summary>Returns the writer of a format.</summary>
    /// <param name="format">The format's name; names are compared exactly.</param>
    /// <returns>The writer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="format"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The registry has no writer of <paramref name="format"/>.</exception>
    public ForecastWriter Get(string format) =>
        TryGet(format, out var writer)
            ? writer
            : throw new KeyNotFoundException($"No forecast writer for the format '{format}'; the formats are {string.Join(", ", Formats)}.");
}
