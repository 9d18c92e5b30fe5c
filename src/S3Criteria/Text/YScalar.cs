using System.Text.RegularExpressions;
using S3Criteria.Diagnostics;

namespace S3Criteria.Text;

/// <summary>A scalar: text as written, or a JSON number, boolean or null in its source spelling.</summary>
internal sealed partial class YScalar(SourceLocation location, string value, ScalarStyle style, int startIndex, int endIndex) : YNode(location)
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

    /// <summary>
    /// Gets a value indicating whether the scalar is unquoted and reads as a boolean or a number by the YAML 1.2 core
    /// schema (<c>true</c>, <c>12</c>, <c>0x1F</c>, <c>1.5e3</c>, <c>.inf</c>), as YAML language servers and JSON
    /// Schema validators read it; a JSON number or boolean is such a scalar too.
    /// </summary>
    public bool IsNumberOrBoolean => Style == ScalarStyle.Plain && ReadsAsNumberOrBoolean(Value);

    /// <summary>Returns whether <paramref name="value"/>, written without quotes, reads as a boolean or a number by the YAML 1.2 core schema.</summary>
    /// <param name="value">The spelling.</param>
    /// <returns><see langword="true"/> when it would not read as text.</returns>
    public static bool ReadsAsNumberOrBoolean(string value) =>
        value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE" || CoreNumber().IsMatch(value);

    /// <inheritdoc/>
    public override Phrase KindName => IsNull ? new("value.null", "nothing (null)") : new("value.text", "text");

    [GeneratedRegex(@"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex CoreNumber();
}
