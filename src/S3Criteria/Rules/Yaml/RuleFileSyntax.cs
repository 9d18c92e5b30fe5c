using S3Criteria.Diagnostics;
using S3Criteria.Model;
using S3Criteria.Rules.Language;
using S3Criteria.Text;

namespace S3Criteria.Rules.Yaml;

/// <summary>A rule file as read, before type checking.</summary>
internal sealed class RuleFileSyntax(SourceText source)
{
    public SourceText Source { get; } = source;

    public RuleSetHeaderSyntax? Header { get; set; }

    public List<CriterionSyntax> Criteria { get; } = [];

    public List<ParameterSyntax> Parameters { get; } = [];

    public List<RuleSyntax> Rules { get; } = [];

    public List<(CooperationVehicle Vehicle, SourceLocation Location)> Vehicles { get; } = [];

    /// <summary>Gets what the file extends: <c>builtin</c>, or paths relative to the file.</summary>
    public List<(string Target, SourceLocation Location)> Extends { get; } = [];

    /// <summary>Gets parameter values the file sets for parameters declared elsewhere (<c>set:</c>).</summary>
    public List<(string Name, string Value, SourceLocation Location)> Sets { get; } = [];

    /// <summary>Gets changes to rules declared elsewhere (<c>overrides:</c>): a new severity, or disabling with a reason.</summary>
    public List<RuleOverrideSyntax> Overrides { get; } = [];
}

internal sealed record RuleOverrideSyntax(string RuleId, Severity? Severity, string? DisabledReason, SourceLocation Location);

internal sealed record RuleSetHeaderSyntax(string? Id, string? Version, string? Title);

internal sealed record CriterionSyntax(string Id, LocalizedText Title, string? LegalBasis, bool WhereRelevant, SourceLocation Location);

internal sealed record ParameterSyntax(string Name, ParameterValue Default, string? Description, SourceLocation Location);

internal sealed record LetSyntax(string Name, SourceLocation Location, ExpressionSource Source);

/// <summary>A text with <c>{placeholders}</c>, per language.</summary>
internal sealed record TemplateSyntax(LocalizedText Text, IReadOnlyDictionary<string, IReadOnlyList<TemplateSegment>> Segments);

/// <summary>A literal run of a template, or a placeholder expression.</summary>
internal sealed record TemplateSegment(string? Literal, ExpressionSource? Placeholder);

internal sealed record RuleSyntax
{
    public required string Id { get; init; }

    public required SourceLocation Location { get; init; }

    public required LocalizedText Title { get; init; }

    public string? CriterionId { get; init; }

    public SourceLocation? CriterionLocation { get; init; }

    public required Severity Severity { get; init; }

    public string? ForEach { get; init; }

    public SourceLocation? ForEachLocation { get; init; }

    public ExpressionSource? AppliesWhen { get; init; }

    public IReadOnlyList<LetSyntax> Lets { get; init; } = [];

    public IReadOnlyList<ExpressionSource> Needs { get; init; } = [];

    public required ExpressionSource Require { get; init; }

    public required TemplateSyntax Message { get; init; }

    public LocalizedText? Rationale { get; init; }

    public TemplateSyntax? Recommendation { get; init; }

    public IReadOnlyList<string> References { get; init; } = [];
}
