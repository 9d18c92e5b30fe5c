using S3Criteria.Reports;

namespace S3Criteria.Writers;

/// <summary>One row of a <see cref="SelfAssessment"/>: a criterion, its fulfilment, the documents relied on, and the justification.</summary>
internal sealed class SelfAssessmentRow
{
    /// <summary>Gets the criterion, with its number and the wording of Annex IV.</summary>
    public required string Criterion { get; init; }

    /// <summary>Gets the verdict the row is written from.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>Gets the fulfilment: yes, no, not relevant, or what is missing (never yes or no for a criterion that cannot be assessed).</summary>
    public required string Fulfilment { get; init; }

    /// <summary>Gets the relevant documents, one per item: title, reference number, date, address.</summary>
    public required IReadOnlyList<string> Documents { get; init; }

    /// <summary>Gets the justification: two to six sentences of prose.</summary>
    public required string Justification { get; init; }
}
