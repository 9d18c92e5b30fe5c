namespace S3Criteria.Model;

/// <summary>A national or regional smart specialisation strategy: the subject of a compliance check.</summary>
/// <remarks>
/// Instances are immutable. Load one from a document with <see cref="Documents.StrategyDocument"/>, or build one in
/// code and check its invariants with <see cref="Documents.StrategyDocument.Validate(Strategy, string?)"/> (unique identifiers, resolvable references).
/// </remarks>
/// <threadsafety static="true" instance="true"/>
public sealed class Strategy
{
    /// <summary>Gets the identifier of the strategy.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the territory the strategy covers.</summary>
    public required Region Region { get; init; }

    /// <summary>Gets the strategy's country, derived from <see cref="Region"/>.</summary>
    public CountryCode Country => Region.Country;

    /// <summary>Gets the first year of the programming period, such as 2021.</summary>
    public required int PeriodStart { get; init; }

    /// <summary>Gets the last year of the programming period, such as 2027.</summary>
    public required int PeriodEnd { get; init; }

    /// <summary>Gets the adoption status, or <see langword="null"/> when the document does not state it.</summary>
    public StrategyStatus? Status { get; init; }

    /// <summary>
    /// Gets the language the document is written in, as a BCP 47 tag (<c>it</c>, <c>el-GR</c>), if it declares one:
    /// reports are written in it when no language is asked for and S3Criteria ships it, else in English.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>Gets the adoption date, if adopted.</summary>
    public DateOnly? Adopted { get; init; }

    /// <summary>Gets the analysis of challenges for innovation diffusion and digitalisation.</summary>
    public Analysis Analysis { get; init; } = new();

    /// <summary>Gets the governance arrangements.</summary>
    public Governance Governance { get; init; } = new();

    /// <summary>Gets the monitoring and evaluation arrangements.</summary>
    public Monitoring Monitoring { get; init; } = new();

    /// <summary>Gets the needs the strategy declares, which decide whether criteria 5 and 6 apply.</summary>
    public DeclaredNeeds Needs { get; init; } = new();

    // The collections are null when the document does not state them ("not stated": rules that need them cannot
    // assess) and empty when it states that there are none.

    /// <summary>Gets the priority areas, or <see langword="null"/> when the document does not state them.</summary>
    public IReadOnlyList<PriorityArea>? Priorities { get; init; }

    /// <summary>Gets the partnerships with partners outside the Member State or region, or <see langword="null"/> when not stated.</summary>
    public IReadOnlyList<Partnership>? Partnerships { get; init; }

    /// <summary>Gets the stakeholders of the entrepreneurial discovery process, or <see langword="null"/> when not stated.</summary>
    public IReadOnlyList<Stakeholder>? Stakeholders { get; init; }

    /// <summary>Gets the monitoring indicators, or <see langword="null"/> when not stated.</summary>
    public IReadOnlyList<Indicator>? Indicators { get; init; }

    /// <summary>Gets the policy-mix actions, or <see langword="null"/> when not stated.</summary>
    public IReadOnlyList<PolicyAction>? Actions { get; init; }

    /// <summary>
    /// Gets the documents that show what the strategy states (the strategy, legal acts, analyses, monitoring reports,
    /// records of the entrepreneurial discovery process, agreements), or <see langword="null"/> when not stated. A
    /// self-assessment cites them as its "reference to relevant documents".
    /// </summary>
    public IReadOnlyList<EvidenceDocument>? Evidence { get; init; }
}
