using S3Criteria.Diagnostics;
using S3Criteria.Text;

namespace S3Criteria.Office.Reading;

/// <summary>The values read under one key of the document (the root, or a block such as <c>region</c>), in order, before they become a <see cref="DocumentNode"/>.</summary>
internal sealed class KeyGroup(SourceLocation location)
{
    private readonly List<(string Key, SourceLocation At, object Value)> _entries = [];

    /// <summary>Adds a value under a dotted path, creating the blocks it is in.</summary>
    public void Add(IReadOnlyList<string> path, SourceLocation at, DocumentNode value, ICollection<Diagnostic> diagnostics)
    {
        var group = this;
        for (var i = 0; i < path.Count - 1; i++)
        {
            var index = group._entries.FindIndex(e => e.Key == path[i]);
            if (index < 0)
            {
                var child = new KeyGroup(at);
                group._entries.Add((path[i], at, child));
                group = child;
            }
            else if (group._entries[index].Value is KeyGroup existing)
            {
                group = existing;
            }
            else
            {
                diagnostics.Add(Messages.WorkbookKeyConflict.At(at, string.Join('.', path), ("key", path[i]), ("other", string.Join('.', path))));
                return;
            }
        }

        group.Set(path[^1], at, value);
    }

    /// <summary>Sets a value under a key of this group (a collection of the strategy, read from its sheet).</summary>
    public void Set(string key, SourceLocation at, object value) => _entries.Add((key, at, value));

    /// <summary>Makes the mapping.</summary>
    public DocumentNode ToNode() =>
        DocumentNode.Mapping(_entries.Select(e => new DocumentEntry(e.Key, e.At, e.Value is KeyGroup group ? group.ToNode() : (DocumentNode)e.Value)), location);
}
