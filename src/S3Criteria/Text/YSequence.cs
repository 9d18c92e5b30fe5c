using S3Criteria.Diagnostics;

namespace S3Criteria.Text;

/// <summary>A list (a YAML sequence or a JSON array).</summary>
internal sealed class YSequence(SourceLocation location, IReadOnlyList<YNode> items) : YNode(location)
{
    /// <summary>Gets the items, in document order.</summary>
    public IReadOnlyList<YNode> Items { get; } = items;

    /// <inheritdoc/>
    public override Phrase KindName => new("value.list", "a list");
}
