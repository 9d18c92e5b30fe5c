using S3Criteria.Model;

namespace S3Criteria.Baseline;

/// <summary>
/// What the criterion-7 rules count, gathered in one pass over the partnerships, actions, stakeholders and indicators
/// of a strategy: totals for the rules about the strategy, and per priority area (by its position in
/// <see cref="Strategy.Priorities"/>) for the rules about each priority area. A collection the document does not
/// state counts as empty here; whether that makes a rule "cannot assess" is for the rule to say.
/// </summary>
/// <remarks>
/// Built for valid strategies (<c>StrategyDocument.Validate</c> finds nothing): identifiers are unique and every
/// priority id an item lists is a priority area of the strategy. An item that lists a priority area twice counts once
/// for it, as the rules' <c>count(p in partnerships where priority.id in p.priorities …)</c> does.
/// </remarks>
internal sealed class Criterion7Tally
{
    private readonly Dictionary<string, int> _priorityIndex;
    private readonly int[] _lastItem; // per priority area, the number of the last item that listed it
    private readonly int[] _measuresInForce;
    private readonly int[] _livePartnerships;
    private readonly bool[] _horizonOrEit;
    private readonly bool[] _thematicPartnership;
    private readonly bool[] _researchStakeholder;
    private int _item;

    /// <summary>Initializes a new instance of the <see cref="Criterion7Tally"/> class: counts <paramref name="strategy"/> on <paramref name="today"/>.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="today">The evaluation date.</param>
    public Criterion7Tally(Strategy strategy, DateOnly today)
    {
        var priorities = strategy.Priorities ?? [];
        _priorityIndex = new Dictionary<string, int>(priorities.Count, StringComparer.Ordinal);
        for (var i = 0; i < priorities.Count; i++)
        {
            _priorityIndex.TryAdd(priorities[i].Id, i);
        }

        _lastItem = new int[priorities.Count];
        _measuresInForce = new int[priorities.Count];
        _livePartnerships = new int[priorities.Count];
        _horizonOrEit = new bool[priorities.Count];
        _thematicPartnership = new bool[priorities.Count];
        _researchStakeholder = new bool[priorities.Count];
        CountPartnerships(strategy, today);
        CountActions(strategy.Actions ?? []);
        CountStakeholders(strategy.Stakeholders ?? []);
        CountIndicators(strategy.Indicators ?? []);
    }

    /// <summary>Gets how many partnerships there are (C7-17 applies when there is one).</summary>
    public int Partnerships { get; private set; }

    /// <summary>Gets how many partnerships are running (C7-17).</summary>
    public int Running { get; private set; }

    /// <summary>Gets how many partnerships are planned, or recorded as active but not yet started (C7-17).</summary>
    public int Planned { get; private set; }

    /// <summary>Gets the instruments of the running partnerships, one bit per <see cref="CooperationInstrument"/> (C7-04).</summary>
    public uint RunningInstruments { get; private set; }

    /// <summary>Gets a value indicating whether an I3 project or an S3 thematic partnership is running (C7-09).</summary>
    public bool RunningI3OrThematic { get; private set; }

    /// <summary>Gets a value indicating whether a running partnership has a foreign partner from a transition or more developed region (C7-15).</summary>
    public bool RunningPairing { get; private set; }

    /// <summary>Gets a value indicating whether a running partnership serves a macro-regional strategy that covers the region (C7-16).</summary>
    public bool RunningInMacroRegion { get; private set; }

    /// <summary>Gets how many running partnerships with a foreign partner are linked to a priority area (C7-02).</summary>
    public int RunningAbroadLinked { get; private set; }

    /// <summary>Gets how many planned partnerships, and active ones not past their end date, with a foreign partner are linked to a priority area (C7-20).</summary>
    public int PartnershipsAbroadLinked { get; private set; }

    /// <summary>Gets how many cooperation actions are linked to a priority area (C7-20).</summary>
    public int CooperationActionsLinked { get; private set; }

    /// <summary>Gets how many cooperation actions with a budget are linked to a priority area (C7-02).</summary>
    public int FundedActionsLinked { get; private set; }

    /// <summary>Gets a value indicating whether a cooperation action has a budget and a funding source (C7-06).</summary>
    public bool FundedWithSource { get; private set; }

    /// <summary>Gets a value indicating whether an action builds capacity, or a cooperation action names its responsible body (C7-13).</summary>
    public bool CapacityAction { get; private set; }

    /// <summary>Gets a value indicating whether an action is of type programme-cooperation (C7-22).</summary>
    public bool ProgrammeCooperation { get; private set; }

    /// <summary>Gets a value indicating whether a business or research stakeholder takes part in a partnership (C7-10).</summary>
    public bool BusinessOrResearchInPartnership { get; private set; }

    /// <summary>Gets a value indicating whether a cooperation indicator has a target (C7-07).</summary>
    public bool CooperationIndicatorWithTarget { get; private set; }

    /// <summary>Gets how many running partnerships with a foreign partner and funded cooperation actions the priority area at position <paramref name="priority"/> has (C7-01).</summary>
    public int MeasuresInForce(int priority) => _measuresInForce[priority];

    /// <summary>Gets whether a planned or active Horizon Europe or EIT KIC partnership serves the priority area at position <paramref name="priority"/> (C7-18).</summary>
    public bool HorizonOrEit(int priority) => _horizonOrEit[priority];

    /// <summary>Gets whether a planned or active S3 thematic partnership serves the priority area at position <paramref name="priority"/> (C7-19).</summary>
    public bool ThematicPartnership(int priority) => _thematicPartnership[priority];

    /// <summary>Gets whether a research stakeholder works in the priority area at position <paramref name="priority"/> (C7-18 applies).</summary>
    public bool ResearchStakeholder(int priority) => _researchStakeholder[priority];

    /// <summary>
    /// Tells whether another planned or active partnership lists one of the priority areas of <paramref name="partnership"/>,
    /// which must itself be planned or active (C7-12 asks it of a running one): it is one of the partnerships counted.
    /// </summary>
    /// <param name="partnership">A planned or active partnership of the strategy.</param>
    /// <returns><see langword="true"/> when such a successor exists.</returns>
    public bool HasOtherLivePartnership(Partnership partnership)
    {
        var ids = partnership.Priorities;
        for (var j = 0; j < ids.Count; j++)
        {
            if (_priorityIndex.TryGetValue(ids[j], out var i) && _livePartnerships[i] > 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tells whether a domain of <paramref name="partnership"/> is a domain of a priority area it lists (C7-03).</summary>
    /// <param name="partnership">A partnership of the strategy.</param>
    /// <param name="priorities">The priority areas of the strategy.</param>
    /// <returns><see langword="true"/> when they share a domain.</returns>
    public bool SharesDomainWithItsPriorities(Partnership partnership, IReadOnlyList<PriorityArea> priorities)
    {
        var ids = partnership.Priorities;
        for (var j = 0; j < ids.Count; j++)
        {
            if (_priorityIndex.TryGetValue(ids[j], out var i) && SharesAny(partnership.Domains, priorities[i].Domains))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tells whether two lists of text have an item in common (ordinal, as the rule language compares text).</summary>
    /// <param name="left">One list.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when an item of <paramref name="left"/> is in <paramref name="right"/>.</returns>
    public static bool SharesAny(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        for (var a = 0; a < left.Count; a++)
        {
            for (var b = 0; b < right.Count; b++)
            {
                if (string.Equals(left[a], right[b], StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void CountPartnerships(Strategy strategy, DateOnly today)
    {
        var partnerships = strategy.Partnerships ?? [];
        var country = strategy.Country;
        var macroRegions = MacroRegionMask(strategy.Region.MacroRegions);
        Partnerships = partnerships.Count;
        for (var k = 0; k < partnerships.Count; k++)
        {
            var p = partnerships[k];
            var running = p.IsRunningOn(today);
            var foreign = HasForeignPartner(p, country, pairingOnly: false);
            var linked = p.Priorities.Count > 0;
            if (running)
            {
                Running++;
                RunningInstruments |= 1u << (int)p.Instrument;
                RunningI3OrThematic |= p.Instrument is CooperationInstrument.I3 or CooperationInstrument.S3ThematicPartnership;
                RunningPairing |= foreign && HasForeignPartner(p, country, pairingOnly: true);
                RunningInMacroRegion |= p.MacroRegionalStrategy is { } macro && (macroRegions & (1u << (int)macro)) != 0;
                RunningAbroadLinked += foreign && linked ? 1 : 0;
            }

            var active = p.Status == PartnershipStatus.Active;
            var notStarted = active && p.Start is { } start && start > today;
            var notEnded = active && (p.End is not { } end || end >= today);
            Planned += p.Status == PartnershipStatus.Planned || notStarted ? 1 : 0;
            PartnershipsAbroadLinked += (p.Status == PartnershipStatus.Planned || notEnded) && foreign && linked ? 1 : 0;
            CountPartnershipPerPriority(p, inForce: running && foreign);
        }
    }

    private void CountPartnershipPerPriority(Partnership p, bool inForce)
    {
        var live = p.Status is PartnershipStatus.Planned or PartnershipStatus.Active;
        var horizon = live && p.Instrument is CooperationInstrument.HorizonEurope or CooperationInstrument.EitKic;
        var thematic = live && p.Instrument == CooperationInstrument.S3ThematicPartnership;
        _item++;
        var ids = p.Priorities;
        for (var j = 0; j < ids.Count; j++)
        {
            if (FirstListing(ids[j]) is { } i)
            {
                _measuresInForce[i] += inForce ? 1 : 0;
                _livePartnerships[i] += live ? 1 : 0;
                _horizonOrEit[i] |= horizon;
                _thematicPartnership[i] |= thematic;
            }
        }
    }

    private void CountActions(IReadOnlyList<PolicyAction> actions)
    {
        for (var k = 0; k < actions.Count; k++)
        {
            var a = actions[k];
            var cooperation = a.Type is ActionType.InternationalCooperation or ActionType.ProgrammeCooperation;
            var funded = cooperation && a.Budget > 0;
            var linked = a.Priorities.Count > 0;
            CooperationActionsLinked += cooperation && linked ? 1 : 0;
            FundedActionsLinked += funded && linked ? 1 : 0;
            FundedWithSource |= funded && !string.IsNullOrWhiteSpace(a.FundingSource);
            CapacityAction |= a.Type == ActionType.CapacityBuilding || (cooperation && !string.IsNullOrWhiteSpace(a.Responsible));
            ProgrammeCooperation |= a.Type == ActionType.ProgrammeCooperation;
            if (funded)
            {
                _item++;
                for (var j = 0; j < a.Priorities.Count; j++)
                {
                    if (FirstListing(a.Priorities[j]) is { } i)
                    {
                        _measuresInForce[i]++;
                    }
                }
            }
        }
    }

    private void CountStakeholders(IReadOnlyList<Stakeholder> stakeholders)
    {
        for (var k = 0; k < stakeholders.Count; k++)
        {
            var s = stakeholders[k];
            BusinessOrResearchInPartnership |= s.Helix is Helix.Business or Helix.Research && s.Partnerships.Count > 0;
            if (s.Helix == Helix.Research)
            {
                for (var j = 0; j < s.Priorities.Count; j++)
                {
                    if (_priorityIndex.TryGetValue(s.Priorities[j], out var i))
                    {
                        _researchStakeholder[i] = true;
                    }
                }
            }
        }
    }

    private void CountIndicators(IReadOnlyList<Indicator> indicators)
    {
        for (var k = 0; k < indicators.Count; k++)
        {
            CooperationIndicatorWithTarget |= indicators[k].MeasuresCooperation && indicators[k].Target is not null;
        }
    }

    /// <summary>The position of a priority area the current item lists, unless it listed it already.</summary>
    private int? FirstListing(string priorityId)
    {
        if (!_priorityIndex.TryGetValue(priorityId, out var i) || _lastItem[i] == _item)
        {
            return null;
        }

        _lastItem[i] = _item;
        return i;
    }

    /// <summary>Tells whether a partner is outside the strategy's country (and, with <paramref name="pairingOnly"/>, from a transition or more developed region).</summary>
    private static bool HasForeignPartner(Partnership p, CountryCode country, bool pairingOnly)
    {
        var partners = p.Partners;
        for (var j = 0; j < partners.Count; j++)
        {
            if (partners[j].Country != country && (!pairingOnly || partners[j].Category is CohesionCategory.Transition or CohesionCategory.MoreDeveloped))
            {
                return true;
            }
        }

        return false;
    }

    private static uint MacroRegionMask(IReadOnlyList<MacroRegion> macroRegions)
    {
        var mask = 0u;
        for (var j = 0; j < macroRegions.Count; j++)
        {
            mask |= 1u << (int)macroRegions[j];
        }

        return mask;
    }
}
