using S3Criteria.Diagnostics;
using S3Criteria.Text;

namespace S3Criteria.Testing;

/// <summary>
/// Applies a rule-test case's <c>patch</c> to the base document: mappings merge key by key, a list replaces a list, and
/// a mapping applied to a list of items with identifiers patches the items by identifier (adding the identifiers it
/// does not find).
/// </summary>
internal static class DocumentPatch
{
    public static YNode Merge(YNode target, YNode patch, ICollection<Diagnostic> diagnostics)
    {
        switch (target, patch)
        {
            case (YMapping mapping, YMapping changes):
                var entries = mapping.Entries.Select(e =>
                    changes.Entries.FirstOrDefault(c => c.Key.Value == e.Key.Value) is { Key: not null } change
                        ? new KeyValuePair<YScalar, YNode>(e.Key, Merge(e.Value, change.Value, diagnostics))
                        : e).ToList();
                entries.AddRange(changes.Entries.Where(c => mapping.Entries.All(e => e.Key.Value != c.Key.Value)));
                return new YMapping(mapping.Location, entries);
            case (YSequence list, YMapping byId):
                return new YSequence(list.Location, MergeById(list.Items, byId, diagnostics));
            default:
                return patch;
        }
    }

    private static List<YNode> MergeById(IReadOnlyList<YNode> list, YMapping byId, ICollection<Diagnostic> diagnostics)
    {
        var items = list.ToList();
        foreach (var (id, change) in byId.Entries)
        {
            var index = items.FindIndex(i => i is YMapping m && m.Entries.Any(e => e.Key.Value == "id" && e.Value is YScalar s && s.Value == id.Value));
            if (index >= 0)
            {
                items[index] = Merge(items[index], change, diagnostics);
            }
            else if (change is YMapping added)
            {
                items.Add(new YMapping(added.Location, [new(new YScalar(id.Location, "id", ScalarStyle.Plain, 0, 0), id), .. added.Entries]));
            }
            else
            {
                diagnostics.Add(Messages.TestPatchNotMapping.At(change.Location, ("id", id.Value)));
            }
        }

        return items;
    }
}
