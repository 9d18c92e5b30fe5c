namespace S3Criteria.Rules;

/// <summary>A fulfilment criterion that rules check, such as <c>EC1.1-C7</c>.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class CriterionDescriptor
{
    internal CriterionDescriptor(string id, LocalizedText title, string? legalBasis, bool whereRelevant, bool isPrecondition = false)
    {
        IsPrecondition = isPrecondition;
        Id = id;
        Title = title;
        LegalBasis = legalBasis;
        WhereRelevant = whereRelevant;
    }

    /// <summary>Gets the identifier, such as <c>EC1.1-C7</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the criterion's wording.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the legal basis, such as "Regulation (EU) 2021/1060, Annex IV", if given.</summary>
    public string? LegalBasis { get; }

    /// <summary>Gets a value indicating whether the regulation qualifies the criterion with "where relevant".</summary>
    public bool WhereRelevant { get; }

    /// <summary>
    /// Gets a value indicating whether this is not one of the condition's fulfilment criteria but a precondition of the
    /// whole condition (for example "the strategy is adopted"): it decides the condition's verdict like a criterion,
    /// and reports list it apart from the seven criteria.
    /// </summary>
    public bool IsPrecondition { get; }
}
