using S3Criteria.Diagnostics;
using S3Criteria.Rules.Language;

namespace S3Criteria.Rules;

/// <summary>A rule as its file declares it, before its expressions are type-checked.</summary>
internal sealed record RuleDefinition
{
    public required string Id { get; init; }

    public required SourceLocation Location { get; init; }

    public required LocalizedText Title { get; init; }

    /// <summary>Gets the criterion the rule names, or <see langword="null"/> for the one criterion its file declares.</summary>
    public string? CriterionId { get; init; }

    public SourceLocation? CriterionLocation { get; init; }

    public required Severity Severity { get; init; }

    /// <summary>Gets what the rule's result decides about its criterion; <see cref="RuleRole.Check"/> unless the file says <c>role: relevance</c>.</summary>
    public RuleRole Role { get; init; }

    /// <summary>Gets the kind of subject the rule checks each of, or <see langword="null"/> for the strategy as a whole.</summary>
    public string? ForEach { get; init; }

    public SourceLocation? ForEachLocation { get; init; }

    public ExpressionSource? AppliesWhen { get; init; }

    public IReadOnlyList<LetDefinition> Lets { get; init; } = [];

    public IReadOnlyList<ExpressionSource> Needs { get; init; } = [];

    public required ExpressionSource Require { get; init; }

    public required TemplateDefinition Message { get; init; }

    public LocalizedText? Rationale { get; init; }

    public TemplateDefinition? Recommendation { get; init; }

    public IReadOnlyList<string> References { get; init; } = [];
}
