using System.Text.RegularExpressions;
using S3Criteria.Diagnostics;
using S3Criteria.Engine;
using S3Criteria.Reports;

namespace S3Criteria.Writers;

/// <summary>
/// Where in its document a finding points, for the formats that locate results (SARIF, JUnit, GitHub and GitLab
/// annotations): the node of its subject (a priority, partnership...) when it has one; for a finding about the strategy
/// as a whole, the node of the first value the rule reads that the document gives (its <c>needs</c>, then the names in
/// its <c>require</c> and <c>applies-when</c> conditions, such as <c>strategy.analysis.updated</c>); otherwise nothing,
/// and the caller points at the whole document. Only the document's recorded locations are read, never the file.
/// </summary>
internal static partial class FindingLocations
{
    /// <summary>The location of a finding (or of a rule error's subject) in the entry's document, if it has one.</summary>
    public static SourceLocation? Of(ReportEntry entry, RuleSet ruleSet, string ruleId, Subject? subject)
    {
        if (subject?.Location is { } location)
        {
            return location;
        }

        if (entry.Document is not { } document)
        {
            return null;
        }

        foreach (var path in PathsRead(ruleSet, ruleId))
        {
            if (document.LocationOf(path) is { } at)
            {
                return at;
            }
        }

        return null;
    }

    /// <summary>The document paths a rule reads, most specific first within each name: <c>analysis.updated</c>, then <c>analysis</c>.</summary>
    private static IEnumerable<string> PathsRead(RuleSet ruleSet, string ruleId)
    {
        var compiled = ruleSet.Compiled.FirstOrDefault(r => r.Descriptor.Id == ruleId);
        if (compiled is null)
        {
            yield break;
        }

        var names = compiled.Needs.Select(n => n.Path)
            .Concat(Name().Matches(compiled.Descriptor.Require + " " + compiled.Descriptor.AppliesWhen).Select(m => m.Value));
        foreach (var name in names)
        {
            var path = name.StartsWith("strategy.", StringComparison.Ordinal) ? name["strategy.".Length..] : name;
            while (path.Length > 0)
            {
                yield return path;
                var dot = path.LastIndexOf('.');
                path = dot < 0 ? string.Empty : path[..dot];
            }
        }
    }

    [GeneratedRegex(@"(?<![\w.-])[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*", RegexOptions.CultureInvariant)]
    private static partial Regex Name();
}
