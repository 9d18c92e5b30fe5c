using S3Criteria.Model;
using S3Criteria.Reports;
using S3Criteria.Waivers;

namespace S3Criteria.Evaluation;

/// <summary>
/// Finds the waiver of each finding of one evaluation and remembers which waivers were used, so the report can list
/// the unused ones. A waiver in force is preferred to an expired one for the same finding; an expired waiver is still
/// attached (and counts as used) so the report shows that the finding was waived once.
/// </summary>
internal sealed class WaiverMatcher(WaiverSet waivers, DateOnly today)
{
    private readonly HashSet<Waiver> _used = [];

    /// <summary>Gets the waivers that matched no finding, in file order.</summary>
    public IReadOnlyList<Waiver> Unused => [.. waivers.Waivers.Where(w => !_used.Contains(w))];

    /// <summary>Finds the waiver of a finding.</summary>
    /// <param name="ruleId">The rule of the finding.</param>
    /// <param name="subject">The subject of the finding.</param>
    /// <returns>The waiver, if any, and whether it is in force on the evaluation date.</returns>
    public (Waiver? Waiver, bool Waived) Match(string ruleId, Subject subject)
    {
        // A waiver names the strategy itself by its subject kind ("strategy"), not by the strategy's identifier.
        var schema = ModelSchema.Subject(subject.Kind);
        var id = schema.Collection is null ? schema.Name : subject.Id;
        var waiver = waivers.Waivers.FirstOrDefault(w => w.Matches(ruleId, id) && !w.IsExpiredOn(today))
            ?? waivers.Waivers.FirstOrDefault(w => w.Matches(ruleId, id));
        if (waiver is null)
        {
            return (null, false);
        }

        _used.Add(waiver);
        return (waiver, !waiver.IsExpiredOn(today));
    }
}
