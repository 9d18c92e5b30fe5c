using System.Linq.Expressions;
using S3Criteria.Diagnostics;
using S3Criteria.Model;
using S3Criteria.Rules;
using S3Criteria.Rules.Language;

namespace S3Criteria.Engine;

/// <summary>
/// Type-checks one rule of a composed rule set against the model and binds its expressions (<c>let</c>,
/// <c>applies-when</c>, <c>needs</c>, <c>require</c>, templates) to LINQ expressions. Every problem is a located
/// diagnostic; a rule with any problem is not bound.
/// </summary>
internal sealed class RuleBinder
{
    private readonly RuleDefinition _rule;
    private readonly ExpressionBinder _binder;
    private readonly List<Diagnostic> _diagnostics;

    private RuleBinder(RuleDefinition rule, ExpressionBinder binder, List<Diagnostic> diagnostics)
    {
        _rule = rule;
        _binder = binder;
        _diagnostics = diagnostics;
    }

    /// <summary>Binds <paramref name="rule"/>; <see langword="null"/> when it has problems (reported) or no criterion.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="parameters">The parameters in force.</param>
    /// <param name="vehicles">The catalogue of cooperation vehicles.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="index">The index the rule gets in the compiled set: its loops count against that rule's work budget.</param>
    public static BoundRule? Bind(
        ComposedRule rule,
        IReadOnlyDictionary<string, ParameterValue> parameters,
        IReadOnlyList<CooperationVehicle> vehicles,
        List<Diagnostic> diagnostics,
        int index)
    {
        var errorsBefore = diagnostics.Count;
        var definition = rule.Definition;
        if (!TryResolveSubject(definition, diagnostics, out var subjectKind, out var kind))
        {
            return null;
        }

        var binder = new ExpressionBinder(kind, kind is null ? null : definition.ForEach, parameters, vehicles, diagnostics, index);
        var rules = new RuleBinder(definition, binder, diagnostics);
        var evidence = rules.BindLets();
        var applies = definition.AppliesWhen is { } appliesSource && rules.Parse(appliesSource) is { } appliesExpr
            ? binder.BindCondition(appliesSource, appliesExpr)
            : null;
        var needs = rules.BindNeeds();
        var require = rules.Parse(definition.Require) is { } requireExpr ? binder.BindCondition(definition.Require, requireExpr) : null;
        foreach (var need in binder.ImplicitNeeds.Where(need => !needs.Any(n => n.Path == need.Key)))
        {
            needs.Add((need.Key, need.Value));
        }

        var message = rules.Template(definition.Message);
        var recommendation = definition.Recommendation is null ? null : rules.Template(definition.Recommendation);
        if (diagnostics.Count > errorsBefore || rule.CriterionId is not { } criterionId || require is null || message is null)
        {
            return null;
        }

        return new BoundRule
        {
            Rule = rule,
            CriterionId = criterionId,
            SubjectKind = subjectKind,
            Scope = binder.Scope,
            Subject = binder.Subject,
            Parameters = [.. binder.UsedParameters.Order(StringComparer.Ordinal)],
            Applies = applies,
            Needs = needs,
            Require = require,
            Evidence = evidence,
            Message = message,
            Recommendation = recommendation,
        };
    }

    /// <summary>Resolves <c>for-each</c>: the kind of subject, and the model kind of its facts (none for the strategy and its parts).</summary>
    private static bool TryResolveSubject(RuleDefinition rule, List<Diagnostic> diagnostics, out SubjectKind subjectKind, out ModelKind? kind)
    {
        subjectKind = SubjectKind.Strategy;
        kind = null;
        if (rule.ForEach is null)
        {
            return true;
        }

        if (ModelSchema.TryGetSubject(rule.ForEach, out var subject))
        {
            subjectKind = subject.Kind;
            kind = subject.Collection is null ? null : subject.Model;
            return true;
        }

        var kinds = ModelSchema.Subjects.Select(s => s.Name).ToList();
        diagnostics.Add(Messages.UnknownForEachKind.At(
            rule.ForEachLocation,
            ("kind", rule.ForEach),
            ("suggestion", NameSuggester.Suggest(rule.ForEach, kinds)),
            ("kinds", kinds)));
        return false;
    }

    private List<(string, TieredDelegate<Func<EvaluationScope, object, object?>>)> BindLets()
    {
        var evidence = new List<(string, TieredDelegate<Func<EvaluationScope, object, object?>>)>();
        foreach (var let in _rule.Lets)
        {
            if (_binder.IsNameTaken(let.Name))
            {
                _diagnostics.Add(Messages.LetNameTaken.At(let.Location, ("name", let.Name)));
                continue;
            }

            if (Parse(let.Source) is { } parsed && _binder.Bind(let.Source, parsed) is { } typed)
            {
                _binder.DefineLet(let.Name, typed);
                evidence.Add((let.Name, ExplanationDelegates.Value(typed.Expression, _binder.Scope, _binder.Subject)));
            }
        }

        return evidence;
    }

    private List<(string Path, Expression Present)> BindNeeds()
    {
        var needs = new List<(string Path, Expression Present)>();
        foreach (var need in _rule.Needs)
        {
            if (Parse(need) is { } needExpr && _binder.BindPresence(need, needExpr) is { } present)
            {
                needs.Add((Normalize(need.Text), present));
            }
        }

        return needs;
    }

    private CompiledTemplate? Template(TemplateDefinition template)
    {
        var segments = new Dictionary<string, IReadOnlyList<object>>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (language, parts) in template.Segments)
        {
            var compiled = new List<object>();
            foreach (var part in parts)
            {
                if (part.Literal is not null)
                {
                    compiled.Add(part.Literal);
                }
                else if (Parse(part.Placeholder!) is { } parsed && _binder.Bind(part.Placeholder!, parsed) is { } typed)
                {
                    compiled.Add(ExplanationDelegates.Value(typed.Expression, _binder.Scope, _binder.Subject));
                }
                else
                {
                    ok = false;
                }
            }

            segments[language] = compiled;
        }

        return ok ? new CompiledTemplate(template.Text, segments) : null;
    }

    private Expr? Parse(ExpressionSource source) => Parser.Parse(source, _diagnostics);

    /// <summary>Collapses runs of white space, so that a path or condition reads on one line.</summary>
    internal static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
