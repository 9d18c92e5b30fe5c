using System.Linq.Expressions;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using S3Criteria.Rules.Language;

namespace S3Criteria.Engine;

/// <summary>
/// Builds NRules rule definitions for one loaded rule, following the advice of PERFORMANCE-NOTES §5: conjunctions are
/// split into separate conditions so that single-fact tests stay alpha nodes (shared between rules with the same test),
/// thresholds are constants, tests on the strategy as a whole sit on the scope pattern, and the action only appends a
/// small record to a per-session sink resolved as a rule dependency.
/// </summary>
internal static class NRulesDefinitions
{
    public const string ScopeName = "scope";
    public const string SubjectName = "subject";
    public const string SinkName = "sink";

    public enum Outcome
    {
        Fail,
        Missing,
        Applies,
    }

    /// <summary>Names an NRules rule so that an engine error can be traced back to the loaded rule.</summary>
    public static string Name(int index, string ruleId, Outcome outcome) => $"{ruleId}#{outcome.ToString().ToLowerInvariant()}#{index}";

    public static bool TryParseIndex(string name, out int index)
    {
        var hash = name.LastIndexOf('#');
        return int.TryParse(name.AsSpan(hash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out index);
    }

    /// <param name="index">The loaded rule's index, passed to the sink.</param>
    /// <param name="ruleId">The loaded rule's identifier.</param>
    /// <param name="outcome">What the definition records when it matches.</param>
    /// <param name="scope">The scope parameter the conditions use.</param>
    /// <param name="subject">The subject parameter the conditions use, or <see langword="null"/> for rules about the strategy.</param>
    /// <param name="conditions">The conditions that must all hold.</param>
    /// <param name="groups">Extra <c>Not</c> / <c>Exists</c> groups on a top-level collection.</param>
    public static IRuleDefinition Build(
        int index,
        string ruleId,
        Outcome outcome,
        ParameterExpression scope,
        ParameterExpression? subject,
        IEnumerable<Expression> conditions,
        IEnumerable<QuantifiedGroup> groups)
    {
        var builder = new RuleBuilder();
        builder.Name(Name(index, ruleId, outcome));
        builder.Dependencies().Dependency(typeof(EvaluationSink), SinkName);
        var lhs = builder.LeftHandSide();
        var scopePattern = lhs.Pattern(typeof(EvaluationScope), ScopeName);
        var subjectPattern = subject is null ? null : lhs.Pattern(subject.Type, SubjectName);
        foreach (var condition in conditions.SelectMany(Conjuncts))
        {
            var uses = Parameters(condition, scope, subject);
            if (subjectPattern is null || !uses.Contains(subject!))
            {
                scopePattern.Condition(Expression.Lambda(condition, scope));
            }
            else if (!uses.Contains(scope))
            {
                subjectPattern.Condition(Expression.Lambda(condition, subject!));
            }
            else
            {
                subjectPattern.Condition(Expression.Lambda(condition, scope, subject!));
            }
        }

        foreach (var group in groups)
        {
            var item = group.Negated
                ? lhs.Not().Pattern(group.Item.Type, group.Item.Name)
                : lhs.Exists().Pattern(group.Item.Type, group.Item.Name);
            foreach (var condition in group.Conditions.SelectMany(Conjuncts))
            {
                var uses = Parameters(condition, scope, subject);
                var parameters = new List<ParameterExpression> { group.Item };
                if (uses.Contains(scope))
                {
                    parameters.Add(scope);
                }

                if (subject is not null && uses.Contains(subject))
                {
                    parameters.Add(subject);
                }

                item.Condition(Expression.Lambda(condition, parameters));
            }
        }

        var context = Expression.Parameter(typeof(IContext), "ctx");
        var sink = Expression.Parameter(typeof(EvaluationSink), SinkName);
        var actionScope = Expression.Parameter(typeof(EvaluationScope), ScopeName);
        var actionSubject = subject is null ? null : Expression.Parameter(subject.Type, SubjectName);
        Expression subjectValue = actionSubject is null
            ? Expression.Property(actionScope, nameof(EvaluationScope.Strategy))
            : actionSubject;
        Expression body = outcome switch
        {
            Outcome.Fail => Expression.Call(sink, nameof(EvaluationSink.Fail), null, Expression.Constant(index), Expression.Convert(subjectValue, typeof(object))),
            Outcome.Missing => Expression.Call(sink, nameof(EvaluationSink.Missing), null, Expression.Constant(index), Expression.Convert(subjectValue, typeof(object))),
            _ => Expression.Call(sink, nameof(EvaluationSink.Applies), null, Expression.Constant(index)),
        };
        var actionParameters = new List<ParameterExpression> { context, actionScope };
        if (actionSubject is not null)
        {
            actionParameters.Add(actionSubject);
        }

        actionParameters.Add(sink);
        builder.RightHandSide().Action(Expression.Lambda(body, actionParameters));
        return builder.Build();
    }

    /// <summary>Splits <c>a and b and c</c> into its parts, so that each becomes its own Rete node.</summary>
    public static IEnumerable<Expression> Conjuncts(Expression expression)
    {
        if (expression is BinaryExpression { NodeType: ExpressionType.AndAlso } and)
        {
            return Conjuncts(and.Left).Concat(Conjuncts(and.Right));
        }

        return expression is ConstantExpression { Value: true } ? [] : [expression];
    }

    private static HashSet<ParameterExpression> Parameters(Expression expression, ParameterExpression scope, ParameterExpression? subject)
    {
        var finder = new ParameterFinder();
        finder.Visit(expression);
        finder.Found.IntersectWith(subject is null ? [scope] : [scope, subject]);
        return finder.Found;
    }

    private sealed class ParameterFinder : ExpressionVisitor
    {
        public HashSet<ParameterExpression> Found { get; } = [];

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found.Add(node);
            return node;
        }
    }
}

/// <summary>A <c>Not</c> or <c>Exists</c> group over facts of one kind, with the conditions on each fact.</summary>
/// <param name="Negated"><see langword="true"/> for <c>Not</c>, <see langword="false"/> for <c>Exists</c>.</param>
/// <param name="Item">The parameter that stands for each fact; its name is the NRules declaration name.</param>
/// <param name="Conditions">The conditions on each fact.</param>
internal sealed record QuantifiedGroup(bool Negated, ParameterExpression Item, IReadOnlyList<Expression> Conditions);
