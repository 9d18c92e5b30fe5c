using S3Criteria.Model;

namespace S3Criteria.Baseline;

/// <summary>
/// Generates valid strategies deterministically from a seed, with the edge cases the criterion-7 rules turn on:
/// foreign and domestic partners, lapsed and future end dates, missing values, empty collections.
/// </summary>
public static class StrategyGenerator
{
    private static readonly string[] Domains = ["solar-energy", "agri-food", "health", "tourism", "ict", "textile", "hydrogen"];
    private static readonly string[] Countries = ["IT", "ES", "PT", "GR", "RO", "FI", "HU"];
    private static readonly string[] Regions = ["ITF4", "ES43", "PT16", "EL53", "RO21", "FI1D", "HU22"];

    /// <summary>Generates one strategy.</summary>
    /// <param name="seed">The seed; the same seed gives the same strategy.</param>
    /// <param name="today">The evaluation date the dates are spread around.</param>
    /// <param name="priorities">How many priority areas; random (0 to 6) when null.</param>
    /// <param name="partnerships">How many partnerships; random (0 to 9) when null.</param>
    public static Strategy Generate(int seed, DateOnly today, int? priorities = null, int? partnerships = null)
    {
        var random = new Random(seed);
        var region = random.Next(Regions.Length);
        var priorityCount = priorities ?? random.Next(7);
        var priorityList = Enumerable.Range(0, priorityCount)
            .Select(i => new PriorityArea
            {
                Id = $"pr{i}",
                Name = $"Priority {i}",
                Domains = Pick(random, Domains, random.Next(3)),
                Budget = random.Next(4) == 0 ? null : random.Next(1, 100) * 100_000m,
            })
            .ToList();
        var partnershipCount = partnerships ?? random.Next(10);
        var partnershipList = Enumerable.Range(0, partnershipCount)
            .Select(i => new Partnership
            {
                Id = $"pa{i}",
                Title = $"Partnership {i}",
                Instrument = (CooperationInstrument)random.Next(Enum.GetValues<CooperationInstrument>().Length),
                Status = (PartnershipStatus)random.Next(3),
                Priorities = priorityCount == 0 ? [] : Pick(random, priorityList.Select(p => p.Id).ToArray(), random.Next(3)),
                Domains = Pick(random, Domains, random.Next(3)),
                End = random.Next(4) switch
                {
                    0 => null,
                    1 => today.AddDays(-random.Next(1, 900)),
                    2 => today.AddDays(random.Next(0, 300)),
                    _ => today.AddDays(random.Next(300, 2000)),
                },
                Funding = random.Next(3) == 0 ? null : random.Next(0, 50) * 10_000m,
                Partners = Enumerable.Range(0, random.Next(4))
                    .Select(j => new Partner
                    {
                        Name = $"Partner {i}.{j}",
                        Country = CountryCode.Parse(Countries[random.Next(Countries.Length)]),
                        Category = random.Next(4) == 0 ? null : (CohesionCategory)random.Next(3),
                    })
                    .ToList(),
            })
            .ToList();
        var stakeholders = Enumerable.Range(0, random.Next(6))
            .Select(i => new Stakeholder
            {
                Id = $"st{i}",
                Name = $"Stakeholder {i}",
                Helix = (Helix)random.Next(4),
                EdpParticipant = random.Next(2) == 0,
                Priorities = priorityCount == 0 ? [] : Pick(random, priorityList.Select(p => p.Id).ToArray(), random.Next(3)),
                Partnerships = partnershipCount == 0 ? [] : Pick(random, partnershipList.Select(p => p.Id).ToArray(), random.Next(3)),
            })
            .ToList();
        var indicators = Enumerable.Range(0, random.Next(5))
            .Select(i => new Indicator
            {
                Id = $"in{i}",
                Name = $"Indicator {i}",
                Type = (IndicatorType)random.Next(2),
                MeasuresCooperation = random.Next(2) == 0,
                Baseline = random.Next(2) == 0 ? null : random.Next(100),
                Target = random.Next(2) == 0 ? null : random.Next(100, 200),
            })
            .ToList();
        var actions = Enumerable.Range(0, random.Next(4))
            .Select(i => new PolicyAction
            {
                Id = $"ac{i}",
                Title = $"Action {i}",
                Type = (ActionType)random.Next(Enum.GetValues<ActionType>().Length),
                Budget = random.Next(3) switch { 0 => null, 1 => 0m, _ => random.Next(1, 100) * 10_000m },
                FundingSource = random.Next(3) switch { 0 => null, 1 => " ", _ => "ERDF regional programme, RSO1.1" },
                Responsible = random.Next(2) == 0 ? null : "Regional development agency",
            })
            .ToList();
        return new Strategy
        {
            Id = $"generated-{seed}",
            Title = $"Generated strategy {seed}",
            Region = new Region
            {
                Code = NutsCode.Parse(Regions[region]),
                Name = $"Region {Regions[region]}",
                Category = (CohesionCategory)random.Next(3),
                Lagging = (LaggingType)random.Next(3),
                MacroRegions = random.Next(3) == 0 ? [(MacroRegion)random.Next(4)] : [],
            },
            PeriodStart = 2021,
            PeriodEnd = 2027,
            Governance = new Governance { CooperationUnit = random.Next(3) switch { 0 => null, 1 => "", _ => "International office" } },
            Priorities = priorityList,
            Partnerships = partnershipList,
            Stakeholders = stakeholders,
            Indicators = indicators,
            Actions = actions,
        };
    }

    private static string[] Pick(Random random, string[] pool, int count) =>
        [.. pool.OrderBy(_ => random.Next()).Take(Math.Min(count, pool.Length))];
}
