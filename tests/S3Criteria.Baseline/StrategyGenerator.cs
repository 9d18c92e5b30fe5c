using S3Criteria.Model;

namespace S3Criteria.Baseline;

/// <summary>
/// Generates valid strategies deterministically from a seed, with the edge cases the criterion-7 rules turn on: foreign
/// and domestic partners (Greece written <c>EL</c> in the region and <c>GR</c> for partners), planned, active and lapsed
/// partnerships, start dates absent, past, today and to come, end dates absent, past, today, within and on the edge of
/// the expiry warning, partnerships serving a macro-regional strategy, cooperation actions of the strategy
/// (international-cooperation) and of the programme (programme-cooperation) linked to priority areas or not, missing
/// values, empty collections, and collections the document does not state.
/// </summary>
public static class StrategyGenerator
{
    private static readonly string[] Domains = ["solar-energy", "agri-food", "health", "tourism", "ict", "textile", "hydrogen"];
    private static readonly string[] Countries = ["IT", "ES", "PT", "GR", "RO", "FI", "HU"];

    /// <summary>NUTS 2 regions, and NUTS 3 regions with the NUTS 2 region that contains them.</summary>
    private static readonly (string Code, string? Nuts2)[] Regions =
        [("ITF4", null), ("ES43", null), ("PT16", null), ("EL53", null), ("RO21", null), ("FI1D", null), ("HU22", null), ("FI1D8", "FI1D"), ("ITF47", "ITF4")];

    /// <summary>Generates one strategy.</summary>
    /// <param name="seed">The seed; the same seed gives the same strategy.</param>
    /// <param name="today">The evaluation date the dates are spread around.</param>
    /// <param name="priorities">How many priority areas; random (0 to 6) when null.</param>
    /// <param name="partnerships">How many partnerships; random (0 to 9) when null.</param>
    /// <returns>
    /// The strategy. When neither size is given, each collection is left out (not stated) about one time in ten;
    /// when a size is given (the benchmarks' fixed shapes), every collection is stated.
    /// </returns>
    public static Strategy Generate(int seed, DateOnly today, int? priorities = null, int? partnerships = null)
    {
        var random = new Random(seed);
        var mayLeaveOut = priorities is null && partnerships is null;
        bool LeftOut() => mayLeaveOut && random.Next(10) == 0;

        // One random strategy in four is sparse (at most two partnerships and one action), where a single measure decides
        // the blocking rules C7-20 and C7-02.
        var sparse = mayLeaveOut && random.Next(4) == 0;

        var region = Regions[random.Next(Regions.Length)];
        var priorityCount = priorities ?? random.Next(7);
        var priorityList = LeftOut() ? null : PriorityAreas(random, priorityCount);
        string[] priorityIds = priorityList is null ? [] : [.. priorityList.Select(p => p.Id)];
        var partnershipCount = partnerships ?? random.Next(sparse ? 3 : 10);
        var partnershipList = LeftOut() ? null : Enumerable.Range(0, partnershipCount).Select(i => Partnership(random, today, i, priorityIds)).ToList();
        string[] partnershipIds = partnershipList is null ? [] : [.. partnershipList.Select(p => p.Id)];
        return new Strategy
        {
            Id = $"generated-{seed}",
            Title = $"Generated strategy {seed}",
            Region = new Region
            {
                Code = NutsCode.Parse(region.Code),
                Nuts2 = region.Nuts2 is null ? null : NutsCode.Parse(region.Nuts2),
                Name = $"Region {region.Code}",
                Category = (CohesionCategory)random.Next(3),
                Lagging = (LaggingType)random.Next(3),
                MacroRegions = random.Next(3) == 0 ? Pick(random, Enum.GetValues<MacroRegion>(), random.Next(1, 3)) : [],
            },
            PeriodStart = 2021,
            PeriodEnd = 2027,
            Status = random.Next(5) switch { 0 => null, 1 => StrategyStatus.Draft, 4 => StrategyStatus.Revised, _ => StrategyStatus.Adopted },
            Adopted = random.Next(4) == 0 ? null : today.AddDays(-random.Next(30, 2000)),
            Governance = new Governance { CooperationUnit = random.Next(3) switch { 0 => null, 1 => "", _ => "International office" } },
            Needs = Needs(random),
            Priorities = priorityList,
            Partnerships = partnershipList,
            Stakeholders = LeftOut() ? null : Stakeholders(random, priorityIds, partnershipIds),
            Indicators = LeftOut() ? null : Indicators(random, priorityIds),
            Actions = LeftOut() ? null : Actions(random, sparse ? 2 : 6, priorityIds),
            Evidence = LeftOut() ? null : Evidence(random, today, priorityIds),
        };
    }

    private static List<PriorityArea> PriorityAreas(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new PriorityArea
        {
            Id = $"pr{i}",
            Name = $"Priority {i}",
            Domains = Pick(random, Domains, random.Next(3)),
            Budget = random.Next(4) == 0 ? null : random.Next(1, 100) * 100_000m,
        })];

    private static Partnership Partnership(Random random, DateOnly today, int i, string[] priorityIds)
    {
        var instrument = (CooperationInstrument)random.Next(Enum.GetValues<CooperationInstrument>().Length);
        var (start, end) = Dates(random, today);
        return new Partnership
        {
            Id = $"pa{i}",
            Title = $"Partnership {i}",
            Instrument = instrument,
            Programme = instrument == CooperationInstrument.InterregC && random.Next(2) == 0 ? "Interreg Europe" : null,
            MacroRegionalStrategy = random.Next(4) == 0 ? (MacroRegion)random.Next(4) : null,
            Status = random.Next(10) switch { < 3 => PartnershipStatus.Planned, < 8 => PartnershipStatus.Active, _ => PartnershipStatus.Lapsed },
            Priorities = Pick(random, priorityIds, random.Next(3)),
            Domains = Pick(random, Domains, random.Next(3)),
            Start = start,
            End = end,
            Funding = random.Next(3) == 0 ? null : random.Next(0, 50) * 10_000m,
            Partners = [.. Enumerable.Range(0, random.Next(4)).Select(j => new Partner
            {
                Name = $"Partner {i}.{j}",
                Country = CountryCode.Parse(Countries[random.Next(Countries.Length)]),
                Category = random.Next(4) == 0 ? null : (CohesionCategory)random.Next(3),
            })],
        };
    }

    /// <summary>A start and an end date around <paramref name="today"/>, on both sides of each rule's boundary; the end never before the start.</summary>
    private static (DateOnly? Start, DateOnly? End) Dates(Random random, DateOnly today)
    {
        DateOnly? start = random.Next(6) switch
        {
            0 or 1 => null,
            2 => today,
            5 => today.AddDays(random.Next(1, 400)),
            _ => today.AddDays(-random.Next(1, 1500)),
        };
        DateOnly? end = random.Next(6) switch
        {
            0 => null,
            1 => today.AddDays(-random.Next(1, 900)),
            2 => today,
            3 => today.AddDays(random.Next(1, 365)),
            4 => today.AddMonths(12).AddDays(random.Next(2)), // the last day of the expiry warning, or the day after
            _ => today.AddDays(random.Next(400, 2000)),
        };
        if (start is { } from && end is { } to && to < from)
        {
            end = from.AddDays(random.Next(0, 1000));
        }

        return (start, end);
    }

    private static List<Stakeholder> Stakeholders(Random random, string[] priorityIds, string[] partnershipIds) =>
        [.. Enumerable.Range(0, random.Next(6)).Select(i => new Stakeholder
        {
            Id = $"st{i}",
            Name = $"Stakeholder {i}",
            Helix = (Helix)random.Next(4),
            EdpParticipant = random.Next(2) == 0,
            Priorities = Pick(random, priorityIds, random.Next(3)),
            Partnerships = Pick(random, partnershipIds, random.Next(3)),
        })];

    private static List<Indicator> Indicators(Random random, string[] priorityIds) =>
        [.. Enumerable.Range(0, random.Next(5)).Select(i => new Indicator
        {
            Id = $"in{i}",
            Name = $"Indicator {i}",
            Type = (IndicatorType)random.Next(2),
            Priority = priorityIds.Length > 0 && random.Next(3) == 0 ? priorityIds[random.Next(priorityIds.Length)] : null,
            MeasuresCooperation = random.Next(2) == 0,
            Baseline = random.Next(2) == 0 ? null : random.Next(100),
            Target = random.Next(2) == 0 ? null : random.Next(100, 200),
        })];

    /// <summary>Fewer than <paramref name="limit"/> actions, half of them cooperation actions of the strategy or the programme.</summary>
    private static List<PolicyAction> Actions(Random random, int limit, string[] priorityIds) =>
        [.. Enumerable.Range(0, random.Next(limit)).Select(i => new PolicyAction
        {
            Id = $"ac{i}",
            Title = $"Action {i}",
            Type = random.Next(10) switch
            {
                < 3 => ActionType.InternationalCooperation,
                < 5 => ActionType.ProgrammeCooperation,
                _ => (ActionType)random.Next(Enum.GetValues<ActionType>().Length),
            },
            Priorities = Pick(random, priorityIds, random.Next(3)),
            Budget = random.Next(3) switch { 0 => null, 1 => 0m, _ => random.Next(1, 100) * 10_000m },
            FundingSource = random.Next(3) switch { 0 => null, 1 => " ", _ => "ERDF regional programme, RSO1.1" },
            Responsible = random.Next(2) == 0 ? null : "Regional development agency",
        })];

    private static List<EvidenceDocument> Evidence(Random random, DateOnly today, string[] priorityIds) =>
        [.. Enumerable.Range(0, random.Next(4)).Select(i => new EvidenceDocument
        {
            Id = $"ev{i}",
            Title = $"Document {i}",
            Type = (EvidenceType)random.Next(Enum.GetValues<EvidenceType>().Length),
            Date = random.Next(4) == 0 ? null : today.AddDays(-random.Next(0, 1200)),
            Criteria = Pick(random, [1, 2, 3, 4, 5, 6, 7], random.Next(3)),
            Priorities = Pick(random, priorityIds, random.Next(2)),
        })];

    private static DeclaredNeeds Needs(Random random)
    {
        bool? Relevance() => random.Next(3) switch { 0 => null, 1 => false, _ => true };
        string? Justification() => random.Next(2) == 0 ? null : "Set out in chapter 2 of the strategy.";
        return new DeclaredNeeds
        {
            ResearchInnovationSystem = Relevance(),
            ResearchInnovationSystemJustification = Justification(),
            IndustrialTransition = Relevance(),
            IndustrialTransitionJustification = Justification(),
        };
    }

    private static T[] Pick<T>(Random random, T[] pool, int count) =>
        [.. pool.OrderBy(_ => random.Next()).Take(Math.Min(count, pool.Length))];
}
