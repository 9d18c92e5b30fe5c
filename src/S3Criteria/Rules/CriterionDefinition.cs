using S3Criteria.Diagnostics;

namespace S3Criteria.Rules;

/// <summary>A criterion as a rule file declares it.</summary>
internal sealed record CriterionDefinition(string Id, LocalizedText Title, string? LegalBasis, bool WhereRelevant, bool IsPrecondition, SourceLocation Location)
{
    public CriterionDescriptor ToDescriptor() => new(Id, Title, LegalBasis, WhereRelevant, IsPrecondition);
}
