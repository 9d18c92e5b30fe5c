using S3Criteria.Diagnostics;

namespace S3Criteria.Text;

/// <summary>A scalar: text as written, or a JSON number, boolean or null in its source spelling.</summary>
internal sealed class YScalar(SourceLocation location, string value, ScalarStyle style, int startIndex, int endIndex) : YNode(location)
{
    /// <summary>Gets the value, after YAML or JSON unescaping.</summary>
    public string Value { get; } = value;

    /// <summary>Gets how the scalar was written.</summary>
    public ScalarStyle Style { get; } = style;

    /// <summary>Gets the 0-based character offset of the scalar's first character (including a quote or block indicator).</summary>
    public int StartIndex { get; } = startIndex;

    /// <summary>Gets the 0-based character offset just past the scalar.</summary>
    public int EndIndex { get; } = endIndex;

    /// <summary>Gets a value indicating whether the scalar is YAML's null: nothing, <c>~</c> or <c>null</c>, unquoted.</summary>
    public bool IsNull => Style == ScalarStyle.Plain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <inheritdoc/>
    public override string KindName => IsNull ? "nothing (null)" : "text";
}
