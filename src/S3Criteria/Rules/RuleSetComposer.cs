using S3Criteria.Diagnostics;
using S3Criteria.Model;

namespace S3Criteria.Rules;

/// <summary>
/// Composes rule files into one rule set, on typed definitions and independent of the files' format and of the engine:
/// reads what the files extend, merges criteria, parameters and vehicles, applies <c>set:</c>, <c>overrides:</c> and
/// the caller's parameters and disabled rules, and gives each rule its criterion. Reports every problem it finds and
/// carries on, so that all problems of all files are reported at once; its problems come before those of
/// type-checking the rules, which follows composition.
/// </summary>
internal sealed class RuleSetComposer
{
    private readonly ICollection<Diagnostic> _diagnostics;
    private readonly Dictionary<string, CriterionDefinition> _criteria = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _disabled = new(StringComparer.Ordinal);
    private readonly ParameterComposer _parameters;

    private RuleSetComposer(ICollection<Diagnostic> diagnostics)
    {
        _diagnostics = diagnostics;
        _parameters = new ParameterComposer(diagnostics);
    }

    /// <summary>Reads <paramref name="sources"/> and what they extend, and composes them.</summary>
    /// <param name="sources">The files the caller added.</param>
    /// <param name="read">Reads a file's text into a definition (the format's reader); problems become diagnostics.</param>
    /// <param name="request">The caller's parameters, disabled rules and limits.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <returns>The composed rule set; it holds only what is valid when there were problems.</returns>
    public static ComposedRuleSet Compose(
        IEnumerable<RuleSource> sources,
        Func<RuleSource, ICollection<Diagnostic>, RuleFileDefinition?> read,
        CompositionRequest request,
        ICollection<Diagnostic> diagnostics)
    {
        var files = RuleFileLoader.Load(sources, read, request.Limits, request.ExtendsOutsideRoot, diagnostics);
        return Compose(files, request, diagnostics);
    }

    /// <summary>Composes files already read, in composition order.</summary>
    public static ComposedRuleSet Compose(IReadOnlyList<LoadedRuleFile> files, CompositionRequest request, ICollection<Diagnostic> diagnostics)
    {
        var composer = new RuleSetComposer(diagnostics);
        foreach (var file in files)
        {
            composer.MergeCriteria(file.Definition);
            composer._parameters.Declare(file.Definition);
        }

        composer._parameters.Apply(files.SelectMany(f => f.Definition.Settings), request.Parameters);
        var vehicles = composer.MergeVehicles(files);
        var overrides = composer.MergeOverrides(files, request.Disabled);
        var rules = composer.SelectRules(files, overrides, request.Disabled);
        return new ComposedRuleSet
        {
            Header = files.Select(f => f.Definition.Header).FirstOrDefault(h => h is not null),
            ContentHash = ContentHash.Of(files.Select(f => f.Source.Text)),
            Criteria = [.. composer._criteria.Values.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => c.ToDescriptor())],
            Parameters = composer._parameters.Parameters,
            Vehicles = vehicles,
            Rules = rules,
            DisabledRules = [.. composer._disabled.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => new DisabledRule(d.Key, d.Value))],
        };
    }

    private void MergeCriteria(RuleFileDefinition file)
    {
        foreach (var criterion in file.Criteria)
        {
            if (_criteria.TryGetValue(criterion.Id, out var existing))
            {
                if (!string.Equals(existing.Title.Get(), criterion.Title.Get(), StringComparison.Ordinal))
                {
                    _diagnostics.Add(Messages.DuplicateCriterion.At(criterion.Location, ("id", criterion.Id), ("first", existing.Location)));
                }

                continue;
            }

            _criteria.Add(criterion.Id, criterion);
        }
    }

    private List<CooperationVehicle> MergeVehicles(IReadOnlyList<LoadedRuleFile> files)
    {
        var vehicles = new List<CooperationVehicle>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (vehicle, location) in files.SelectMany(f => f.Definition.Vehicles))
        {
            if (seen.TryGetValue(vehicle.Id, out var first))
            {
                _diagnostics.Add(Messages.DuplicateVehicle.At(location, ("id", vehicle.Id), ("first", first)));
                continue;
            }

            seen.Add(vehicle.Id, location);
            vehicles.Add(vehicle);
        }

        return vehicles;
    }

    /// <summary>Collects the files' overrides (the last of a rule wins) and the disabled rules: the files', then the caller's.</summary>
    private Dictionary<string, RuleOverride> MergeOverrides(IReadOnlyList<LoadedRuleFile> files, IReadOnlyDictionary<string, string> disabled)
    {
        var overrides = new Dictionary<string, RuleOverride>(StringComparer.Ordinal);
        foreach (var change in files.SelectMany(f => f.Definition.Overrides))
        {
            overrides[change.RuleId] = change;
            if (change.DisabledReason is { } reason)
            {
                _disabled[change.RuleId] = reason;
            }
        }

        foreach (var (id, reason) in disabled)
        {
            _disabled[id] = reason;
        }

        var declared = files.SelectMany(f => f.Definition.Rules).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var change in overrides.Values.Where(c => !declared.Contains(c.RuleId)))
        {
            _diagnostics.Add(Messages.OverrideUnknownRule.At(change.Location, ("rule", change.RuleId), ("suggestion", Suggestion(change.RuleId, declared))));
        }

        return overrides;
    }

    /// <summary>Picks the enabled rules in file order, the first of each identifier, with their severity and criterion.</summary>
    private List<ComposedRule> SelectRules(IReadOnlyList<LoadedRuleFile> files, Dictionary<string, RuleOverride> overrides, IReadOnlyDictionary<string, string> disabled)
    {
        var rules = new List<ComposedRule>();
        var seen = new Dictionary<string, RuleDefinition>(StringComparer.Ordinal);
        foreach (var file in files.Select(f => f.Definition))
        {
            foreach (var rule in file.Rules)
            {
                if (seen.TryGetValue(rule.Id, out var first))
                {
                    _diagnostics.Add(Messages.DuplicateRuleId.At(rule.Location, ("id", rule.Id), ("first", first.Location)));
                    continue;
                }

                seen.Add(rule.Id, rule);
                if (!_disabled.ContainsKey(rule.Id))
                {
                    var severity = overrides.TryGetValue(rule.Id, out var change) ? change.Severity : null;
                    rules.Add(new ComposedRule(severity is { } changed ? rule with { Severity = changed } : rule, CriterionOf(rule, file)));
                }
            }
        }

        foreach (var id in disabled.Keys.Where(id => !seen.ContainsKey(id)).Order(StringComparer.Ordinal))
        {
            _diagnostics.Add(Messages.DisableUnknownRule.At(null, ("rule", id), ("suggestion", Suggestion(id, seen.Keys))));
        }

        return rules;
    }

    /// <summary>The criterion a rule names, or the one its file declares; <see langword="null"/> (reported) when there is none.</summary>
    private string? CriterionOf(RuleDefinition rule, RuleFileDefinition file)
    {
        var criterionId = rule.CriterionId ?? (file.Criteria.Count == 1 ? file.Criteria[0].Id : null);
        if (criterionId is null)
        {
            var message = file.Criteria.Count == 0 ? Messages.RuleNeedsCriterionNoneDeclared : Messages.RuleNeedsCriterionSeveralDeclared;
            _diagnostics.Add(message.At(rule.Location, ("id", rule.Id)));
            return null;
        }

        if (!_criteria.ContainsKey(criterionId))
        {
            _diagnostics.Add(Messages.UnknownCriterion.At(
                rule.CriterionLocation ?? rule.Location,
                ("id", rule.Id),
                ("criterion", criterionId),
                ("suggestion", NameSuggester.Suggest(criterionId, _criteria.Keys)),
                ("declared", _criteria.Keys.Order(StringComparer.Ordinal))));
            return null;
        }

        return criterionId;
    }

    /// <summary>A "did you mean" to append to a sentence: a space and the suggestion, or nothing.</summary>
    private static string Suggestion(string name, IEnumerable<string> known) => (" " + NameSuggester.Suggest(name, known)).TrimEnd();
}
