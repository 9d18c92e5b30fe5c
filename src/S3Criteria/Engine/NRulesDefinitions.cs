using System.Linq.Expressions;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using S3Criteria.Rules.Language;

namespace S3Criteria.Engine;

/// <summary>
/// Builds the one NRules rule definition of a loaded rule, following the advice of PERFORMANCE-NOTES §5: conjunctions
/// are split into separate conditions so that single-fact tests stay alpha nodes (shared between rules with the same
/// test), thresholds are constants, tests on the strategy as a whole sit on the scope pattern, nested scans joined on
/// a key read a per-evaluation index (<see cref="ScanIndexRewriter"/>), and the action only appends a small record to
/// a per-session sink resolved as a rule dependency.
/// </summary>
/// <remarks>
/// The definition matches a subject the rule applies to and does not pass: it lacks data the rule needs, or it fails
/// the requirement. Which of the two is told after firing (<see cref="CompiledRule.Needs"/>), and so is whether a rule
/// without findings applied to anything: a rule costs one definition, and only the subjects with findings cost an
/// activation.
/// </remarks>
internal static class NRulesDefinitions
{
    public const string ScopeName = "scope";
    public const string SubjectName = "subject";
    public const string SinkName = "sink";

    /// <summary>Names an NRules rule so that an engine error can be traced back to the loaded rule.</summary>
    public static string Name(int index, string ruleId) => $"{ruleId}#{index}";

    public static bool TryParseIndex(string name, out int index)
    {
        var hash = name.LastIndexOf('#');
        return int.TryParse(name.AsSpan(hash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out index);
    }

    /// <param name="index">The loaded rule's index, passed to the sink.</param>
    /// <param name="ruleId">The loaded rule's identifier.</param>
    /// <param name="scope">The scope parameter the conditions use.</param>
    /// <param name="subject">The subject parameter the conditions use, or <see langword="null"/> for rules about the strategy.</param>
    /// <param name="conditions">The conditions that must all hold.</param>
    public static IRuleDefinition Build(int index, string ruleId, ParameterExpression scope, ParameterExpression? subject, IEnumerable<Expression> conditions)
    {
        var builder = new RuleBuilder();
        builder.Name(Name(index, ruleId));
        builder.Dependencies().Dependency(typeof(EvaluationSink), SinkName);
        var lhs = builder.LeftHandSide();
        var scopePattern = lhs.Pattern(typeof(EvaluationScope), ScopeName);
        var subjectPattern = subject is null ? null : lhs.Pattern(subject.Type, SubjectName);
        foreach (var condition in conditions.SelectMany(Conjuncts).Select(c => ScanIndexRewriter.Rewrite(c, scope)))
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

        var context = Expression.Parameter(typeof(IContext), "ctx");
        var sink = Expression.Parameter(typeof(EvaluationSink), SinkName);
        var actionScope = Expression.Parameter(typeof(EvaluationScope), ScopeName);
        var actionSubject = subject is null ? null : Expression.Parameter(subject.Type, SubjectName);
        Expression subjectValue = actionSubject is null
            ? Expression.Property(actionScope, nameof(EvaluationScope.Strategy))
            : actionSubject;
        var body = Expression.Call(sink, nameof(EvaluationSink.Match), null, Expression.Constant(index), Expression.Convert(subjectValue, typeof(object)));
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
        var found = FreeParameters.Of(expression);
        found.IntersectWith(subject is null ? [scope] : [scope, subject]);
        return found;
    }
}
