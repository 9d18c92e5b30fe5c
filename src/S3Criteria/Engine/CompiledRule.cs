using S3Criteria.Rules;
using S3Criteria.Rules.Language;

namespace S3Criteria.Engine;

/// <summary>A loaded rule: its descriptor, and the delegates that explain a finding after the engine has fired.</summary>
internal sealed class CompiledRule
{
    public required int Index { get; init; }

    public required RuleDescriptor Descriptor { get; init; }

    public required bool HasAppliesWhen { get; init; }

    /// <summary>Gets the rule's <c>applies-when</c> as a test of one subject, if it has one: read after firing, only for rules without findings.</summary>
    public required TieredDelegate<Func<EvaluationScope, object, bool>>? Applies { get; init; }

    public required CompiledTemplate Message { get; init; }

    public CompiledTemplate? Recommendation { get; init; }

    /// <summary>Gets the named values (<c>let</c>) reported as evidence.</summary>
    public required IReadOnlyList<(string Name, TieredDelegate<Func<EvaluationScope, object, object?>> Value)> Evidence { get; init; }

    /// <summary>Gets the data the rule needs, and a test of whether a subject has it.</summary>
    public required IReadOnlyList<(string Path, TieredDelegate<Func<EvaluationScope, object, bool>> Present)> Needs { get; init; }
}
