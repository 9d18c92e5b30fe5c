using S3Criteria.Diagnostics;

namespace S3Criteria.Text;

/// <summary>A node of a parsed YAML or JSON document, with its position. Keeps YamlDotNet behind this seam.</summary>
internal abstract class YNode(SourceLocation location)
{
    /// <summary>Gets where the node starts.</summary>
    public SourceLocation Location { get; } = location;

    /// <summary>Gets how messages name this kind of node after "found": <c>text</c>, <c>a mapping</c>, <c>a list</c>.</summary>
    public abstract Phrase KindName { get; }
}
