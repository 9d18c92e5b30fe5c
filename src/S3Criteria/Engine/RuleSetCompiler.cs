using System.Linq.Expressions;
using NRules.RuleModel;
using S3Criteria.Diagnostics;
using S3Criteria.Rules;

namespace S3Criteria.Engine;

/// <summary>
/// Compiles a composed rule set for the engine: type-checks every rule (<see cref="RuleBinder"/>) and turns each into
/// NRules definitions (<see cref="NRulesDefinitions"/>): one that records where the rule applies, one that records a
/// subject lacking the data the rule needs, and one that records a failure. Collects every problem of every rule.
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
                definitions.AddRange(Definitions(bound, index));
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
            Message = bound.Message,
            Recommendation = bound.Recommendation,
            Evidence = bound.Evidence,
            Needs = [.. bound.Needs.Select(n => (n.Path, ExplanationDelegates.Predicate(n.Present, bound.Scope, bound.Subject)))],
        };
    }

    private static List<IRuleDefinition> Definitions(BoundRule bound, int index)
    {
        var id = bound.Rule.Definition.Id;
        var definitions = new List<IRuleDefinition>();
        var conditions = bound.Applies is null ? new List<Expression>() : [bound.Applies];
        if (bound.Applies is not null)
        {
            definitions.Add(NRulesDefinitions.Build(index, id, NRulesDefinitions.Outcome.Applies, bound.Scope, bound.Subject, conditions, []));
        }

        if (bound.Needs.Count > 0)
        {
            var allPresent = bound.Needs.Select(n => n.Present).Aggregate(Expression.AndAlso);
            definitions.Add(NRulesDefinitions.Build(index, id, NRulesDefinitions.Outcome.Missing, bound.Scope, bound.Subject, [.. conditions, Expression.Not(allPresent)], []));
        }

        var failure = new List<Expression>(conditions);
        failure.AddRange(bound.Needs.Select(n => n.Present));
        if (bound.Require is not null)
        {
            failure.Add(Negate(bound.Require));
        }

        definitions.Add(NRulesDefinitions.Build(index, id, NRulesDefinitions.Outcome.Fail, bound.Scope, bound.Subject, failure, bound.Group is null ? [] : [bound.Group]));
        return definitions;
    }

    private static Expression Negate(Expression condition) =>
        condition is UnaryExpression { NodeType: ExpressionType.Not } not ? not.Operand : Expression.Not(condition);
}
