using System.Linq.Expressions;
using NRules.RuleModel;
using S3Criteria.Diagnostics;
using S3Criteria.Rules;

namespace S3Criteria.Engine;

/// <summary>
/// Compiles a composed rule set for the engine: type-checks every rule (<see cref="RuleBinder"/>) and turns each into
/// one NRules definition (<see cref="NRulesDefinitions"/>) that records the subjects the rule applies to and that lack
/// the data it needs or fail its requirement. Collects every problem of every rule.
/// </summary>
internal static class RuleSetCompiler
{
    public static CompiledRules Compile(ComposedRuleSet ruleSet, List<Diagnostic> diagnostics)
    {
        var parameters = ruleSet.ParameterValues;
        var rules = new List<CompiledRule>();
        var definitions = new List<IRuleDefinition>();
        foreach (var rule in ruleSet.Rules)
        {
            if (RuleBinder.Bind(rule, parameters, ruleSet.Vehicles, diagnostics, index: rules.Count) is { } bound)
            {
                var index = rules.Count;
                rules.Add(Describe(bound, index));
                definitions.Add(Definition(bound, index));
            }
        }

        return new CompiledRules(rules, definitions);
    }

    private static CompiledRule Describe(BoundRule bound, int index)
    {
        var rule = bound.Rule.Definition;
        return new CompiledRule
        {
            Index = index,
            Descriptor = new RuleDescriptor(
                rule.Id,
                rule.Title,
                bound.CriterionId,
                rule.Severity,
                bound.SubjectKind,
                rule.AppliesWhen is null ? null : RuleBinder.Normalize(rule.AppliesWhen.Text),
                RuleBinder.Normalize(rule.Require.Text),
                rule.Message.Text,
                rule.Rationale,
                rule.Recommendation?.Text,
                rule.References,
                bound.Parameters,
                rule.Location,
                rule.Role),
            HasAppliesWhen = bound.Applies is not null,
            Applies = bound.Applies is null ? null : ExplanationDelegates.Predicate(bound.Applies, bound.Scope, bound.Subject),
            Message = bound.Message,
            Recommendation = bound.Recommendation,
            Evidence = bound.Evidence,
            Needs = [.. bound.Needs.Select(n => (n.Path, ExplanationDelegates.Predicate(n.Present, bound.Scope, bound.Subject)))],
        };
    }

    /// <summary>
    /// The rule's definition: it applies (<c>applies-when</c>), and not (all it needs is given and it meets its
    /// requirement). Needs are tested first, so the requirement never runs on a subject that lacks them.
    /// </summary>
    private static IRuleDefinition Definition(BoundRule bound, int index)
    {
        var passes = bound.Needs.Select(n => n.Present).Reverse().Aggregate(bound.Require, (rest, present) => Expression.AndAlso(present, rest));
        var conditions = bound.Applies is null ? new List<Expression>() : [bound.Applies];
        conditions.Add(Negate(passes));
        return NRulesDefinitions.Build(index, bound.Rule.Definition.Id, bound.Scope, bound.Subject, conditions);
    }

    private static Expression Negate(Expression condition) =>
        condition is UnaryExpression { NodeType: ExpressionType.Not } not ? not.Operand : Expression.Not(condition);
}
