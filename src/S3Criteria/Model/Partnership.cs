namespace S3Criteria.Model;

/// <summary>A cooperation arrangement with partners outside the Member State or region (criterion 7).</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class Partnership
{
    /// <summary>Gets the identifier, unique within the strategy.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the instrument through which the cooperation is pursued.</summary>
    public required CooperationInstrument Instrument { get; init; }

    /// <summary>Gets the programme within the instrument, if any, such as "Interreg Europe" for <see cref="CooperationInstrument.InterregC"/>.</summary>
    public string? Programme { get; init; }

    /// <summary>Gets the macro-regional strategy the partnership serves, if any: the framework, not the instrument.</summary>
    public MacroRegion? MacroRegionalStrategy { get; init; }

    /// <summary>Gets the partners other than the region itself.</summary>
    public IReadOnlyList<Partner> Partners { get; init; } = [];

    /// <summary>Gets the identifiers of the priority areas the partnership serves.</summary>
    public IReadOnlyList<string> Priorities { get; init; } = [];

    /// <summary>Gets the thematic domains of the partnership, to compare with the priority areas' domains.</summary>
    public IReadOnlyList<string> Domains { get; init; } = [];

    /// <summary>Gets the region's role. The default is <see cref="PartnershipRole.Partner"/>.</summary>
    public PartnershipRole Role { get; init; } = PartnershipRole.Partner;

    /// <summary>Gets the status.</summary>
    public required PartnershipStatus Status { get; init; }

    /// <summary>Gets the start date, if known.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>Gets the end date, if known.</summary>
    public DateOnly? End { get; init; }

    /// <summary>Gets the funding in euro, if stated.</summary>
    public decimal? Funding { get; init; }

    /// <summary>Gets the source of the funding (for example an ERDF programme and its specific objective), if stated.</summary>
    public string? FundingSource { get; init; }

    /// <summary>
    /// Tells whether the partnership is running on a date: the one definition every rule, the hand-written baseline and
    /// the forecast use. It is running when its status is <see cref="PartnershipStatus.Active"/>, it has no start date
    /// or started on or before <paramref name="date"/>, and it has no end date or ends on or after it.
    /// </summary>
    /// <param name="date">The date, usually the evaluation date.</param>
    /// <returns><see langword="true"/> when the partnership is running on <paramref name="date"/>.</returns>
    public bool IsRunningOn(DateOnly date) =>
        Status == PartnershipStatus.Active && (Start is not { } start || start <= date) && (End is not { } end || end >= date);
}
