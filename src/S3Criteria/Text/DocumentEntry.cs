using S3Criteria.Diagnostics;

namespace S3Criteria.Text;

/// <summary>A key of a <see cref="DocumentNode.Mapping"/> with its value, each with where it was read from.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class DocumentEntry
{
    /// <summary>Initializes a new instance of the <see cref="DocumentEntry"/> class.</summary>
    /// <param name="key">The key, such as <c>instrument</c>.</param>
    /// <param name="keyLocation">Where the key was read from (a header cell, a key cell).</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public DocumentEntry(string key, SourceLocation keyLocation, DocumentNode value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(keyLocation);
        ArgumentNullException.ThrowIfNull(value);
        Key = key;
        KeyLocation = keyLocation;
        Value = value;
    }

    /// <summary>Gets the key.</summary>
    public string Key { get; }

    /// <summary>Gets where the key was read from.</summary>
    public SourceLocation KeyLocation { get; }

    /// <summary>Gets the value.</summary>
    public DocumentNode Value { get; }
}
