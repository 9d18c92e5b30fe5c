using System.Numerics;
using System.Runtime.CompilerServices;
using S3Criteria.Model;

namespace S3Criteria.Baseline;

/// <summary>
/// The rules of <c>rules/criterion-7.yaml</c> (C7-01 to C7-23) written by hand in C#, with their default parameters. It is
/// the oracle the engine is compared with (<c>Criterion7ParityTests</c>), and the baseline the benchmarks measure the
/// engine against. Keep it in step with the rule file.
/// </summary>
/// <remarks>
/// <para>
/// One pass over the collections (<see cref="Criterion7Tally"/>) counts what the rules need, overall and per priority
/// area; each rule then reads its counts. "Running" is <see cref="Partnership.IsRunningOn(DateOnly)"/>, a partner is
/// abroad when its country differs from <see cref="Strategy.Country"/>, and the cooperation actions are those of type
/// international-cooperation or programme-cooperation.
/// </para>
/// <para>
/// A collection the document does not state (<see langword="null"/>) is "not stated", as the engine has it: a rule that
/// reads it reports <see cref="BaselineFinding.CannotAssess"/> instead of judging. A rule about the strategy does so
/// on the strategy when its <c>applies-when</c> holds (which reads an absent collection as empty); a rule about each
/// item of a collection that is not stated does so on the strategy when it has no <c>applies-when</c>, and is not
/// applicable (no finding) when it has one; a rule about each item that reads another collection does so on the item.
/// An empty collection means "none" and is judged.
/// </para>
/// </remarks>
public static class HandWrittenCriterion7
{
    private const int MinMeasuresPerPriority = 1;
    private const int MinDistinctInstruments = 2;
    private const int PartnershipExpiryWarningMonths = 12;

    /// <summary>The domains of the catalogue's thematic partnerships (C7-19), once per catalogue, as the engine binds the catalogue into the rules once.</summary>
    private static readonly ConditionalWeakTable<IReadOnlyList<CooperationVehicle>, HashSet<string>> ThematicDomainsByCatalogue = new();

    /// <summary>Evaluates the criterion-7 rules.</summary>
    /// <param name="strategy">A valid strategy.</param>
    /// <param name="today">The evaluation date.</param>
    /// <param name="vehicles">The catalogue of cooperation vehicles (<c>rules/vehicles.yaml</c>).</param>
    /// <returns>The findings (failed or cannot assess), in no particular order.</returns>
    public static List<BaselineFinding> Evaluate(Strategy strategy, DateOnly today, IReadOnlyList<CooperationVehicle> vehicles)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(vehicles);
        var findings = new List<BaselineFinding>();
        var tally = new Criterion7Tally(strategy, today);
        StrategyRules(strategy, tally, findings);
        PriorityRules(strategy, tally, vehicles, findings);
        PartnershipRules(strategy, tally, today, findings);
        ActionRules(strategy, findings);
        return findings;
    }

    /// <summary>The rules about the strategy as a whole.</summary>
    private static void StrategyRules(Strategy strategy, Criterion7Tally tally, List<BaselineFinding> findings)
    {
        var id = strategy.Id;
        var region = strategy.Region;
        var partnerships = strategy.Partnerships is not null;
        var actions = strategy.Actions is not null;
        var measures = strategy.Priorities is not null && partnerships && actions;
        var lessDeveloped = region.Category == CohesionCategory.LessDeveloped;
        var lagging = region.Lagging != LaggingType.None;

        // C7-20 (blocking): a measure linked to a priority area: a planned partnership abroad, an active one not past its
        // end date, or a cooperation action.
        Judge(findings, "C7-20", id, measures, tally.PartnershipsAbroadLinked + tally.CooperationActionsLinked >= 1);

        // C7-02 (blocking): such a measure in force or funded: a running partnership abroad, or a cooperation action with a budget.
        Judge(findings, "C7-02", id, measures, tally.RunningAbroadLinked + tally.FundedActionsLinked >= 1);

        // C7-04: the running partnerships use several instruments.
        Judge(findings, "C7-04", id, partnerships, BitOperations.PopCount(tally.RunningInstruments) >= MinDistinctInstruments);

        // C7-05: the governance names a cooperation unit.
        Judge(findings, "C7-05", id, stated: true, !string.IsNullOrWhiteSpace(strategy.Governance.CooperationUnit));

        // C7-06: a cooperation action has a budget and a funding source.
        Judge(findings, "C7-06", id, actions, tally.FundedWithSource);

        // C7-07: a cooperation indicator has a target.
        Judge(findings, "C7-07", id, strategy.Indicators is not null, tally.CooperationIndicatorWithTarget);

        // C7-09: a less developed, transition or lagging region takes part in a running I3 project or thematic partnership.
        if (region.Category is CohesionCategory.LessDeveloped or CohesionCategory.Transition || lagging)
        {
            Judge(findings, "C7-09", id, partnerships, tally.RunningI3OrThematic);
        }

        // C7-10: a business or research stakeholder takes part in a partnership.
        Judge(findings, "C7-10", id, strategy.Stakeholders is not null, tally.BusinessOrResearchInPartnership);

        // C7-13: a less developed or lagging region has an action that builds its capacity to cooperate.
        if (lessDeveloped || lagging)
        {
            Judge(findings, "C7-13", id, actions, tally.CapacityAction);
        }

        // C7-15: a less developed region runs a partnership with a foreign partner from a transition or more developed region.
        if (lessDeveloped)
        {
            Judge(findings, "C7-15", id, partnerships, tally.RunningPairing);
        }

        // C7-16: a region covered by a macro-regional strategy runs a partnership under one of its macro-regional strategies.
        if (region.MacroRegions.Count > 0)
        {
            Judge(findings, "C7-16", id, partnerships, tally.RunningInMacroRegion);
        }

        // C7-17: planned partnerships (with active ones not yet started) do not outnumber running ones; applies when there
        // are partnerships, so never without them.
        if (tally.Partnerships > 0)
        {
            Judge(findings, "C7-17", id, stated: true, tally.Planned <= tally.Running);
        }

        // C7-22: the programme's own cooperation actions are recorded.
        Judge(findings, "C7-22", id, actions, tally.ProgrammeCooperation);
    }

    /// <summary>The rules about each priority area: C7-01, C7-18, C7-19.</summary>
    private static void PriorityRules(Strategy strategy, Criterion7Tally tally, IReadOnlyList<CooperationVehicle> vehicles, List<BaselineFinding> findings)
    {
        if (strategy.Priorities is not { } priorities)
        {
            NotStated(findings, strategy.Id, "C7-01"); // C7-18 and C7-19 have an applies-when: not applicable
            return;
        }

        var partnerships = strategy.Partnerships is not null;
        var measures = partnerships && strategy.Actions is not null;
        var thematicDomains = ThematicDomainsByCatalogue.GetValue(vehicles, ThematicDomains);
        for (var i = 0; i < priorities.Count; i++)
        {
            var priority = priorities[i];

            // C7-01: the priority area has a running partnership abroad or a funded cooperation action.
            Judge(findings, "C7-01", priority.Id, measures, tally.MeasuresInForce(i) >= MinMeasuresPerPriority);

            // C7-18: a priority area with research stakeholders has a planned or active Horizon Europe or EIT KIC partnership.
            if (tally.ResearchStakeholder(i))
            {
                Judge(findings, "C7-18", priority.Id, partnerships, tally.HorizonOrEit(i));
            }

            // C7-19: a priority area that shares a domain with a catalogued thematic partnership takes part in a planned or active one.
            if (SharesAny(priority.Domains, thematicDomains))
            {
                Judge(findings, "C7-19", priority.Id, partnerships, tally.ThematicPartnership(i));
            }
        }
    }

    /// <summary>The rules about each partnership: C7-03, C7-08, C7-11, C7-12, C7-21, C7-23.</summary>
    private static void PartnershipRules(Strategy strategy, Criterion7Tally tally, DateOnly today, List<BaselineFinding> findings)
    {
        if (strategy.Partnerships is not { } partnerships)
        {
            NotStated(findings, strategy.Id, "C7-11"); // the others have an applies-when: not applicable
            return;
        }

        var expiryWarning = today.AddMonths(PartnershipExpiryWarningMonths);
        for (var k = 0; k < partnerships.Count; k++)
        {
            var p = partnerships[k];
            var active = p.Status == PartnershipStatus.Active;

            // C7-03: a partnership with domains shares one with a priority area it serves (it reads the priority areas).
            if (p.Domains.Count > 0)
            {
                Judge(findings, "C7-03", p.Id, strategy.Priorities is not null, strategy.Priorities is { } priorities && tally.SharesDomainWithItsPriorities(p, priorities));
            }

            // C7-08: an active partnership has not passed its end date.
            Fail(findings, "C7-08", p.Id, active && p.End is { } end && end < today);

            // C7-11: the partnership is linked to a priority area.
            Fail(findings, "C7-11", p.Id, p.Priorities.Count == 0);

            // C7-12: a running partnership ending within the warning period has a successor: another planned or active
            // partnership (whatever its dates) that lists one of its priority areas.
            Fail(findings, "C7-12", p.Id, p.IsRunningOn(today) && p.End is { } last && last <= expiryWarning && !tally.HasOtherLivePartnership(p));

            // C7-21: an active partnership states its start date.
            Fail(findings, "C7-21", p.Id, active && p.Start is null);

            // C7-23: an active partnership with a start date has started.
            Fail(findings, "C7-23", p.Id, active && p.Start is { } start && start > today);
        }
    }

    /// <summary>The rule about each action: C7-14.</summary>
    private static void ActionRules(Strategy strategy, List<BaselineFinding> findings)
    {
        // C7-14: in a less developed region, each international-cooperation action (not programme-cooperation) names its
        // funding source. It has an applies-when, so it is not applicable when the actions are not stated.
        if (strategy.Actions is not { } actions || strategy.Region.Category != CohesionCategory.LessDeveloped)
        {
            return;
        }

        for (var k = 0; k < actions.Count; k++)
        {
            var a = actions[k];
            Fail(findings, "C7-14", a.Id, a.Type == ActionType.InternationalCooperation && string.IsNullOrWhiteSpace(a.FundingSource));
        }
    }

    /// <summary>Records a rule's finding on a subject: cannot assess when the data it reads is not stated, failed when its requirement is not met.</summary>
    private static void Judge(List<BaselineFinding> findings, string ruleId, string subjectId, bool stated, bool met)
    {
        if (!stated)
        {
            findings.Add(new BaselineFinding(ruleId, subjectId, CannotAssess: true));
        }
        else if (!met)
        {
            findings.Add(new BaselineFinding(ruleId, subjectId, CannotAssess: false));
        }
    }

    private static void Fail(List<BaselineFinding> findings, string ruleId, string subjectId, bool failed)
    {
        if (failed)
        {
            findings.Add(new BaselineFinding(ruleId, subjectId, CannotAssess: false));
        }
    }

    /// <summary>A rule about each item of a collection the document does not state, without applies-when: cannot assess, on the strategy.</summary>
    private static void NotStated(List<BaselineFinding> findings, string strategyId, string ruleId) =>
        findings.Add(new BaselineFinding(ruleId, strategyId, CannotAssess: true));

    private static HashSet<string> ThematicDomains(IReadOnlyList<CooperationVehicle> vehicles)
    {
        var domains = new HashSet<string>(StringComparer.Ordinal);
        foreach (var vehicle in vehicles)
        {
            if (vehicle.Kind == VehicleKind.ThematicPartnership)
            {
                domains.UnionWith(vehicle.Domains);
            }
        }

        return domains;
    }

    private static bool SharesAny(IReadOnlyList<string> domains, HashSet<string> catalogue)
    {
        for (var j = 0; j < domains.Count; j++)
        {
            if (catalogue.Contains(domains[j]))
            {
                return true;
            }
        }

        return false;
    }
}
