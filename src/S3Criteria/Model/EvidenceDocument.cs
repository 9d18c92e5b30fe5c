namespace S3Criteria.Model;

/// <summary>
/// A document that shows what the strategy states: the "reference to relevant documents" of a self-assessment
/// (Regulation (EU) 2021/1060, Annex V, table 12), and dated evidence such as the records of the entrepreneurial
/// discovery process that criterion 4 needs.
/// </summary>
/// <threadsafety static="true" instance="true"/>
public sealed class EvidenceDocument
{
    /// <summary>Gets the identifier, unique within the strategy.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the kind of document.</summary>
    public required EvidenceType Type { get; init; }

    /// <summary>Gets the reference number (of an act, a decision, a file), if any.</summary>
    public string? Reference { get; init; }

    /// <summary>Gets the date of the document, or of the activity it records, if known.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Gets where the document is published, if it is.</summary>
    public string? Url { get; init; }

    /// <summary>Gets the numbers (1 to 7) of the fulfilment criteria the document supports.</summary>
    public IReadOnlyList<int> Criteria { get; init; } = [];

    /// <summary>Gets the identifiers of the priority areas the document concerns, if any.</summary>
    public IReadOnlyList<string> Priorities { get; init; } = [];
}
