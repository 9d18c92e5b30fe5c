using System.Linq.Expressions;
using NRules.RuleModel;
using S3Criteria.Diagnostics;
using S3Criteria.Model;
using S3Criteria.Rules;
using S3Criteria.Rules.Language;
using S3Criteria.Rules.Yaml;

namespace S3Criteria.Engine;

/// <summary>
/// Turns read rule files into a rule set: merges criteria and parameters, applies the caller's overrides, type-checks
/// every expression, and builds the NRules definitions. Collects every problem of every file before giving up.
/// </summary>
internal sealed class RuleSetCompiler
{
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<string, CriterionSyntax> _criteria = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ParameterSyntax Syntax, ParameterValue Value)> _parameters = new(StringComparer.Ordinal);

    public RuleSetCompiler(List<Diagnostic> diagnostics) => _diagnostics = diagnostics;

    public List<CompiledRule> Rules { get; } = [];

    public List<IRuleDefinition> Definitions { get; } = [];

    public List<CooperationVehicle> Vehicles { get; } = [];

    /// <summary>Gets the disabled rules with their reasons: those the files' <c>overrides:</c> disable, then the caller's.</summary>
    public Dictionary<string, string> Disabled { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<CriterionDescriptor> Criteria =>
        [.. _criteria.Values.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => new CriterionDescriptor(c.Id, c.Title, c.LegalBasis, c.WhereRelevant))];

    public IReadOnlyList<RuleParameterDescriptor> Parameters =>
        [.. _parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new RuleParameterDescriptor(p.Key, p.Value.Syntax.Default.Display, p.Value.Value.Display, p.Value.Syntax.Description))];

    public void Compile(IReadOnlyList<RuleFileSyntax> files, IReadOnlyDictionary<string, string> overrides, IReadOnlyDictionary<string, string> disabled)
    {
        foreach (var file in files)
        {
            MergeCriteria(file);
            MergeParameters(file);
        }

        var parameterValues = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value, location) in files.SelectMany(f => f.Sets))
        {
            if (!_parameters.ContainsKey(name))
            {
                _diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidParameter, $"Cannot set parameter '{name}': no rule file declares it. {NameSuggester.Suggest(name, _parameters.Keys)}".TrimEnd(), location));
                continue;
            }

            parameterValues[name] = value;
        }

        foreach (var (name, value) in overrides)
        {
            parameterValues[name] = value;
        }

        ApplyOverrides(parameterValues);
        MergeVehicles(files);
        var changes = new Dictionary<string, RuleOverrideSyntax>(StringComparer.Ordinal);
        foreach (var change in files.SelectMany(f => f.Overrides))
        {
            changes[change.RuleId] = change;
            if (change.DisabledReason is { } reason)
            {
                Disabled[change.RuleId] = reason;
            }
        }

        foreach (var (id, reason) in disabled)
        {
            Disabled[id] = reason;
        }

        var declared = files.SelectMany(f => f.Rules).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var change in changes.Values.Where(c => !declared.Contains(c.RuleId)))
        {
            _diagnostics.Add(new Diagnostic(DiagnosticCodes.UnknownRule, $"Cannot override rule '{change.RuleId}': no loaded rule has that identifier. {NameSuggester.Suggest(change.RuleId, declared)}".TrimEnd(), change.Location));
        }

        var values = _parameters.ToDictionary(p => p.Key, p => p.Value.Value, StringComparer.Ordinal);
        var seen = new Dictionary<string, RuleSyntax>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var rule in file.Rules)
            {
                if (seen.TryGetValue(rule.Id, out var first))
                {
                    _diagnostics.Add(new Diagnostic(DiagnosticCodes.DuplicateRuleId, $"Another rule already has the identifier '{rule.Id}' ({first.Location}); rule identifiers must be unique in a rule set.", rule.Location));
                    continue;
                }

                seen.Add(rule.Id, rule);
                if (!Disabled.ContainsKey(rule.Id))
                {
                    CompileRule(file, changes.TryGetValue(rule.Id, out var change) && change.Severity is { } severity ? rule with { Severity = severity } : rule, values);
                }
            }
        }

        foreach (var id in disabled.Keys.Where(id => !seen.ContainsKey(id)).Order(StringComparer.Ordinal))
        {
            _diagnostics.Add(new Diagnostic(DiagnosticCodes.UnknownRule, $"Cannot disable rule '{id}': no loaded rule has that identifier. {NameSuggester.Suggest(id, seen.Keys)}".TrimEnd()));
        }
    }

    private void MergeVehicles(IReadOnlyList<RuleFileSyntax> files)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (vehicle, location) in files.SelectMany(f => f.Vehicles))
        {
            if (seen.TryGetValue(vehicle.Id, out var first))
            {
                _diagnostics.Add(new Diagnostic(DiagnosticCodes.DuplicateId, $"Another vehicle already has the identifier '{vehicle.Id}' ({first}).", location));
                continue;
            }

            seen.Add(vehicle.Id, location);
            Vehicles.Add(vehicle);
        }
    }

    private void MergeCriteria(RuleFileSyntax file)
    {
        foreach (var criterion in file.Criteria)
        {
            if (_criteria.TryGetValue(criterion.Id, out var existing))
            {
                if (!string.Equals(existing.Title.Get(), criterion.Title.Get(), StringComparison.Ordinal))
                {
                    _diagnostics.Add(new Diagnostic(DiagnosticCodes.DuplicateCriterion, $"Criterion '{criterion.Id}' is already declared with another title ({existing.Location}).", criterion.Location));
                }

                continue;
            }

            _criteria.Add(criterion.Id, criterion);
        }
    }

    private void MergeParameters(RuleFileSyntax file)
    {
        foreach (var parameter in file.Parameters)
        {
            if (_parameters.TryGetValue(parameter.Name, out var existing))
            {
                _diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidParameter, $"Parameter '{parameter.Name}' is already declared ({existing.Syntax.Location}); parameter names are shared by the whole rule set.", parameter.Location));
                continue;
            }

            _parameters.Add(parameter.Name, (parameter, parameter.Default));
        }
    }

    private void ApplyOverrides(Dictionary<string, string> overrides)
    {
        foreach (var (name, text) in overrides.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            if (!_parameters.TryGetValue(name, out var parameter))
            {
                var known = _parameters.Keys.Order(StringComparer.Ordinal).ToList();
                _diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidParameter, $"Cannot set parameter '{name}': no rule file declares it. {NameSuggester.Suggest(name, known)}Parameters: {(known.Count == 0 ? "none" : string.Join(", ", known))}."));
                continue;
            }

            var value = ParameterValue.TryParse(parameter.Syntax.Default.Type, text);
            if (value is null)
            {
                _diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidParameter, $"Cannot set parameter '{name}' to '{text}': expected {ParameterValue.Describe(parameter.Syntax.Default.Type)}, like its default {parameter.Syntax.Default.Display}."));
                continue;
            }

            _parameters[name] = (parameter.Syntax, value);
        }
    }

    private void CompileRule(RuleFileSyntax file, RuleSyntax rule, IReadOnlyDictionary<string, ParameterValue> parameters)
    {
        var errorsBefore = _diagnostics.Count;
        var criterionId = rule.CriterionId ?? (file.Criteria.Count == 1 ? file.Criteria[0].Id : null);
        if (criterionId is null)
        {
            _diagnostics.Add(new Diagnostic(DiagnosticCodes.MissingKey, $"Rule '{rule.Id}' needs 'criterion': its file declares {(file.Criteria.Count == 0 ? "no criterion" : "several criteria")}.", rule.Location));
        }
        else if (!_criteria.ContainsKey(criterionId))
        {
            _diagnostics.Add(new Diagnostic(DiagnosticCodes.UnknownCriterion, $"Rule '{rule.Id}' names criterion '{criterionId}', which no loaded file declares. {NameSuggester.Suggest(criterionId, _criteria.Keys)}Declared: {string.Join(", ", _criteria.Keys.Order(StringComparer.Ordinal))}.", rule.CriterionLocation ?? rule.Location));
        }

        ModelKind? kind = null;
        var subjectKind = SubjectKind.Strategy;
        if (rule.ForEach is not null)
        {
            if (ModelSchema.TryGetSubject(rule.ForEach, out var subject))
            {
                subjectKind = subject.Kind;
                kind = subject.Collection is null ? null : subject.Model;
            }
            else
            {
                var kinds = ModelSchema.Subjects.Select(s => s.Name).ToList();
                _diagnostics.Add(new Diagnostic(DiagnosticCodes.UnknownName, $"Unknown kind '{rule.ForEach}' in 'for-each'. {NameSuggester.Suggest(rule.ForEach, kinds)}Expected one of: {string.Join(", ", kinds)}.", rule.ForEachLocation));
                return;
            }
        }

        var binder = new ExpressionBinder(kind, kind is null ? null : rule.ForEach, parameters, Vehicles, _diagnostics);
        var evidence = new List<(string, TieredDelegate<Func<EvaluationScope, object, object?>>)>();
        foreach (var let in rule.Lets)
        {
            if (binder.IsNameTaken(let.Name))
            {
                _diagnostics.Add(new Diagnostic(DiagnosticCodes.UnknownName, $"The name '{let.Name}' is already in use (a parameter, a let, or a built-in name); choose another.", let.Location));
                continue;
            }

            if (Parse(let.Source) is { } parsed && binder.Bind(let.Source, parsed) is { } typed)
            {
                binder.DefineLet(let.Name, typed);
                evidence.Add((let.Name, Lazy(typed.Expression, binder)));
            }
        }

        var applies = rule.AppliesWhen is { } appliesSource && Parse(appliesSource) is { } appliesExpr
            ? binder.BindCondition(appliesSource, appliesExpr)
            : null;
        var needs = new List<(string Path, Expression Present)>();
        foreach (var need in rule.Needs)
        {
            if (Parse(need) is { } needExpr && binder.BindPresence(need, needExpr) is { } present)
            {
                needs.Add((string.Join(' ', need.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), present));
            }
        }

        Expression? require = null;
        QuantifiedGroup? group = null;
        if (Parse(rule.Require) is { } requireExpr)
        {
            if (requireExpr is AggregateExpr { Function: BuiltinFunction.Exists or BuiltinFunction.None, Source: NameExpr collection } quantified
                && !binder.IsNameTakenLocally(collection.Name)
                && ModelSchema.Strategy.TryGetField(collection.Name, out var field)
                && field.Type is { Kind: DataTypeKind.List, Element.Kind: DataTypeKind.Object })
            {
                // exists/none over a whole collection of facts: let Rete do it with a Not/Exists group.
                var item = Expression.Parameter(field.Type.Element.ClrType, "each_" + quantified.Variable.Replace('-', '_'));
                var filter = quantified.Filter is null
                    ? Expression.Constant(true)
                    : binder.BindConditionOver(rule.Require, quantified.Filter, quantified.Variable, item, field.Type.Element);
                if (filter is not null)
                {
                    group = new QuantifiedGroup(quantified.Function == BuiltinFunction.Exists, item, [filter]);
                }
            }
            else
            {
                require = binder.BindCondition(rule.Require, requireExpr);
            }
        }

        foreach (var need in binder.ImplicitNeeds)
        {
            if (!needs.Any(n => n.Path == need.Key))
            {
                needs.Add((need.Key, need.Value));
            }
        }

        var message = Template(rule.Message, binder);
        var recommendation = rule.Recommendation is null ? null : Template(rule.Recommendation, binder);
        if (_diagnostics.Count > errorsBefore || criterionId is null || (require is null && group is null) || message is null)
        {
            return;
        }

        var index = Rules.Count;
        Rules.Add(new CompiledRule
        {
            Index = index,
            Descriptor = new RuleDescriptor(
                rule.Id,
                rule.Title,
                criterionId,
                rule.Severity,
                subjectKind,
                rule.AppliesWhen is null ? null : Normalize(rule.AppliesWhen.Text),
                Normalize(rule.Require.Text),
                rule.Message.Text,
                rule.Rationale,
                rule.Recommendation?.Text,
                rule.References,
                [.. binder.UsedParameters.Order(StringComparer.Ordinal)],
                rule.Location),
            HasAppliesWhen = applies is not null,
            Message = message,
            Recommendation = recommendation,
            Evidence = evidence,
            Needs = [.. needs.Select(n => (n.Path, LazyPredicate(n.Present, binder)))],
        });

        var conditions = applies is null ? new List<Expression>() : [applies];
        if (applies is not null)
        {
            Definitions.Add(NRulesDefinitions.Build(index, rule.Id, NRulesDefinitions.Outcome.Applies, binder.Scope, binder.Subject, conditions, []));
        }

        if (needs.Count > 0)
        {
            var allPresent = needs.Select(n => n.Present).Aggregate(Expression.AndAlso);
            Definitions.Add(NRulesDefinitions.Build(index, rule.Id, NRulesDefinitions.Outcome.Missing, binder.Scope, binder.Subject, [.. conditions, Expression.Not(allPresent)], []));
        }

        var failure = new List<Expression>(conditions);
        failure.AddRange(needs.Select(n => n.Present));
        if (require is not null)
        {
            failure.Add(Negate(require));
        }

        Definitions.Add(NRulesDefinitions.Build(index, rule.Id, NRulesDefinitions.Outcome.Fail, binder.Scope, binder.Subject, failure, group is null ? [] : [group]));
    }

    private CompiledTemplate? Template(TemplateSyntax template, ExpressionBinder binder)
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
                else if (Parse(part.Placeholder!) is { } parsed && binder.Bind(part.Placeholder!, parsed) is { } typed)
                {
                    compiled.Add(Lazy(typed.Expression, binder));
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

    private static Expression Negate(Expression condition) =>
        condition is UnaryExpression { NodeType: ExpressionType.Not } not ? not.Operand : Expression.Not(condition);

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static TieredDelegate<Func<EvaluationScope, object, object?>> Lazy(Expression body, ExpressionBinder binder) =>
        new(Delegate<object?>(Expression.Convert(body, typeof(object)), binder));

    private static TieredDelegate<Func<EvaluationScope, object, bool>> LazyPredicate(Expression body, ExpressionBinder binder) =>
        new(Delegate<bool>(body, binder));

    /// <summary>Turns an expression over (scope, subject) into one over (scope, object); these run only to explain findings, so they compile in tiers.</summary>
    private static Expression<Func<EvaluationScope, object, T>> Delegate<T>(Expression body, ExpressionBinder binder)
    {
        var subject = Expression.Parameter(typeof(object), "value");
        var variables = binder.Subject is null ? [] : new[] { binder.Subject };
        var block = binder.Subject is null
            ? body
            : Expression.Block(variables, Expression.Assign(binder.Subject, Expression.Convert(subject, binder.Subject.Type)), body);
        return Expression.Lambda<Func<EvaluationScope, object, T>>(block, binder.Scope, subject);
    }
}
