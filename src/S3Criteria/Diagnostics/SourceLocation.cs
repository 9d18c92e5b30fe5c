using System.Globalization;

namespace S3Criteria.Diagnostics;

/// <summary>A position in a source file: 1-based line and column, as YamlDotNet's <c>Mark</c> and compilers report them.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class SourceLocation : IEquatable<SourceLocation>
{
    /// <summary>Initializes a new instance of the <see cref="SourceLocation"/> class.</summary>
    /// <param name="filePath">The file, or <see langword="null"/> for text that did not come from a file.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> or <paramref name="column"/> is less than 1.</exception>
    public SourceLocation(string? filePath, int line, int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        FilePath = filePath;
        Line = line;
        Column = column;
    }

    /// <summary>Gets the file, or <see langword="null"/> for text that did not come from a file.</summary>
    public string? FilePath { get; }

    /// <summary>Gets the 1-based line.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column.</summary>
    public int Column { get; }

    /// <summary>Returns the location as <c>file(line,col)</c>, the form editors and CI logs link.</summary>
    /// <returns>The formatted location.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{FilePath ?? "<text>"}({Line},{Column})");

    /// <inheritdoc/>
    public bool Equals(SourceLocation? other) =>
        other is not null && Line == other.Line && Column == other.Column && string.Equals(FilePath, other.FilePath, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SourceLocation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(FilePath, Line, Column);
}
