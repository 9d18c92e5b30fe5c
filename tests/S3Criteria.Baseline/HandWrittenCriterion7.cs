using S3Criteria.Model;

namespace S3Criteria.Baseline;

/// <summary>
/// The rules of <c>rules/criterion-7.yaml</c> written by hand in C#, with their default parameters. It is the oracle the
/// engine is compared with, and the baseline benchmarks measure the engine against. Keep it in step with the rule file.
/// </summary>
public static class HandWrittenCriterion7
{
    private const int MinActivePartnershipsPerPriority = 1;
    private const int MinDistinctInstruments = 2;
    private const int PartnershipExpiryWarningMonths = 12;

    public static List<BaselineFinding> Evaluate(Strategy strategy, DateOnly today, IReadOnlyList<S3Criteria.Model.CooperationVehicle> vehicles)
    {
        var findings = new List<BaselineFinding>();
        var country = strategy.Country;
        var partnerships = strategy.Partnerships ?? [];
        bool Running(Partnership p) => p.IsRunningOn(today);
        bool Foreign(Partnership p)
        {
            foreach (var partner in p.Partners)
            {
                if (partner.Country != country)
                {
                    return true;
                }
            }

            return false;
        }

        // C7-01: every priority area has an active partnership abroad.
        foreach (var priority in strategy.Priorities ?? [])
        {
            var count = 0;
            foreach (var p in partnerships)
            {
                if (Running(p) && Foreign(p) && p.Priorities.Contains(priority.Id))
                {
                    count++;
                }
            }

            if (count < MinActivePartnershipsPerPriority)
            {
                findings.Add(new("C7-01", priority.Id, false));
            }
        }

        // C7-02: at least one running partnership abroad.
        if (!partnerships.Any(p => Running(p) && Foreign(p)))
        {
            findings.Add(new("C7-02", strategy.Id, false));
        }

        // C7-03: a partnership with domains shares one with the priorities it serves.
        foreach (var p in partnerships.Where(p => p.Domains.Count > 0))
        {
            var served = (strategy.Priorities ?? []).Where(pr => p.Priorities.Contains(pr.Id)).SelectMany(pr => pr.Domains).ToHashSet(StringComparer.Ordinal);
            if (!p.Domains.Any(served.Contains))
            {
                findings.Add(new("C7-03", p.Id, false));
            }
        }

        // C7-04: a mix of instruments among running partnerships.
        if (partnerships.Where(Running).Select(p => p.Instrument).Distinct().Count() < MinDistinctInstruments)
        {
            findings.Add(new("C7-04", strategy.Id, false));
        }

        // C7-05: a named cooperation unit.
        if (string.IsNullOrWhiteSpace(strategy.Governance.CooperationUnit))
        {
            findings.Add(new("C7-05", strategy.Id, false));
        }

        // C7-06: a funded international-cooperation action (needs actions).
        if ((strategy.Actions ?? []).Count == 0)
        {
            findings.Add(new("C7-06", strategy.Id, true));
        }
        else if (!(strategy.Actions ?? []).Any(a => a.Type == ActionType.InternationalCooperation && a.Budget > 0 && !string.IsNullOrWhiteSpace(a.FundingSource)))
        {
            findings.Add(new("C7-06", strategy.Id, false));
        }

        // C7-07: a cooperation indicator with a target (needs indicators).
        if ((strategy.Indicators ?? []).Count == 0)
        {
            findings.Add(new("C7-07", strategy.Id, true));
        }
        else if (!(strategy.Indicators ?? []).Any(i => i.MeasuresCooperation && i.Target is not null))
        {
            findings.Add(new("C7-07", strategy.Id, false));
        }

        // C7-08: an active partnership has not passed its end date.
        foreach (var p in partnerships)
        {
            if (p.Status == PartnershipStatus.Active && p.End is { } end && end < today)
            {
                findings.Add(new("C7-08", p.Id, false));
            }
        }

        // C7-09: less developed, transition or lagging regions take part in I3 or a thematic partnership.
        var region = strategy.Region;
        if ((region.Category is CohesionCategory.LessDeveloped or CohesionCategory.Transition || region.Lagging != LaggingType.None)
            && !partnerships.Any(p => p.Instrument is CooperationInstrument.I3 or CooperationInstrument.S3ThematicPartnership && Running(p)))
        {
            findings.Add(new("C7-09", strategy.Id, false));
        }

        // C7-10: businesses or research organisations take part (needs stakeholders).
        if ((strategy.Stakeholders ?? []).Count == 0)
        {
            findings.Add(new("C7-10", strategy.Id, true));
        }
        else if (!(strategy.Stakeholders ?? []).Any(s => s.Helix is Helix.Business or Helix.Research && s.Partnerships.Count > 0))
        {
            findings.Add(new("C7-10", strategy.Id, false));
        }

        // C7-11: every partnership is linked to a priority area.
        foreach (var p in partnerships.Where(p => p.Priorities.Count == 0))
        {
            findings.Add(new("C7-11", p.Id, false));
        }

        // C7-12: an active partnership close to its end has a successor.
        foreach (var p in partnerships)
        {
            if (p.Status != PartnershipStatus.Active || p.End is not { } end || end < today)
            {
                continue;
            }

            var successor = partnerships.Any(q => q.Id != p.Id && q.Status is PartnershipStatus.Planned or PartnershipStatus.Active && q.Priorities.Any(p.Priorities.Contains));
            if (end <= today.AddMonths(PartnershipExpiryWarningMonths) && !successor)
            {
                findings.Add(new("C7-12", p.Id, false));
            }
        }

        // C7-13: a less developed or lagging region builds its capacity to cooperate (needs actions).
        var lessDeveloped = region.Category == CohesionCategory.LessDeveloped;
        if (lessDeveloped || region.Lagging != LaggingType.None)
        {
            if ((strategy.Actions ?? []).Count == 0)
            {
                findings.Add(new("C7-13", strategy.Id, true));
            }
            else if (!(strategy.Actions ?? []).Any(a => a.Type == ActionType.CapacityBuilding || (a.Type == ActionType.InternationalCooperation && !string.IsNullOrWhiteSpace(a.Responsible))))
            {
                findings.Add(new("C7-13", strategy.Id, false));
            }
        }

        // C7-14: in a less developed region, each cooperation action names its funding source.
        if (lessDeveloped)
        {
            foreach (var action in (strategy.Actions ?? []).Where(a => a.Type == ActionType.InternationalCooperation && string.IsNullOrWhiteSpace(a.FundingSource)))
            {
                findings.Add(new("C7-14", action.Id, false));
            }
        }

        // C7-15: a less developed region pairs with a transition or more developed region.
        if (lessDeveloped && !partnerships.Any(p => Running(p) && p.Partners.Any(x => x.Country != country && x.Category is CohesionCategory.Transition or CohesionCategory.MoreDeveloped)))
        {
            findings.Add(new("C7-15", strategy.Id, false));
        }

        // C7-16: a region in a macro-regional strategy uses it.
        if (region.MacroRegions.Count > 0 && !partnerships.Any(p => p.MacroRegionalStrategy is { } macro && region.MacroRegions.Contains(macro) && Running(p)))
        {
            findings.Add(new("C7-16", strategy.Id, false));
        }

        // C7-17: planned partnerships do not outnumber running ones.
        if (partnerships.Count > 0 && partnerships.Count(p => p.Status == PartnershipStatus.Planned) > partnerships.Count(Running))
        {
            findings.Add(new("C7-17", strategy.Id, false));
        }

        bool Serves(Partnership p, PriorityArea priority, params CooperationInstrument[] instruments) =>
            instruments.Contains(p.Instrument) && p.Status is PartnershipStatus.Planned or PartnershipStatus.Active && p.Priorities.Contains(priority.Id);

        foreach (var priority in strategy.Priorities ?? [])
        {
            // C7-18: research stakeholders in a priority area, and Horizon Europe or an EIT KIC there.
            if ((strategy.Stakeholders ?? []).Any(s => s.Helix == Helix.Research && s.Priorities.Contains(priority.Id))
                && !partnerships.Any(p => Serves(p, priority, CooperationInstrument.HorizonEurope, CooperationInstrument.EitKic)))
            {
                findings.Add(new("C7-18", priority.Id, false));
            }

            // C7-19: a priority area matching a catalogued thematic partnership takes part in one.
            if (vehicles.Any(v => v.Kind == S3Criteria.Model.VehicleKind.ThematicPartnership && v.Domains.Any(priority.Domains.Contains))
                && !partnerships.Any(p => Serves(p, priority, CooperationInstrument.S3ThematicPartnership)))
            {
                findings.Add(new("C7-19", priority.Id, false));
            }
        }

        return findings;
    }
}
