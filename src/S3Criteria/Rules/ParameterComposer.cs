using S3Criteria.Diagnostics;

namespace S3Criteria.Rules;

/// <summary>
/// Composes the parameters of a rule set: the declarations of every file (a name is declared once), then the values
/// set by files (<c>set:</c>, in file order) and by the caller, the last value of a name winning. A value becomes typed
/// here, by the type of the parameter's default.
/// </summary>
internal sealed class ParameterComposer(ICollection<Diagnostic> diagnostics)
{
    private readonly Dictionary<string, ComposedParameter> _parameters = new(StringComparer.Ordinal);

    /// <summary>Gets the parameters in declaration order, with the values in force.</summary>
    public IReadOnlyList<ComposedParameter> Parameters => [.. _parameters.Values];

    public void Declare(RuleFileDefinition file)
    {
        foreach (var parameter in file.Parameters)
        {
            if (_parameters.TryGetValue(parameter.Name, out var existing))
            {
                diagnostics.Add(Messages.DuplicateParameter.At(parameter.Location, ("name", parameter.Name), ("first", existing.Definition.Location)));
                continue;
            }

            _parameters.Add(parameter.Name, new ComposedParameter(parameter, parameter.Default));
        }
    }

    /// <summary>Applies the files' settings, then the caller's, in ordinal order of the names.</summary>
    /// <param name="fromFiles">What the files set; a name no file declares is reported where it is set.</param>
    /// <param name="fromCaller">What the caller set, by name.</param>
    public void Apply(IEnumerable<ParameterSetting> fromFiles, IReadOnlyDictionary<string, string> fromCaller)
    {
        var settings = new Dictionary<string, ParameterSetting>(StringComparer.Ordinal);
        foreach (var setting in fromFiles)
        {
            if (!_parameters.ContainsKey(setting.Name))
            {
                var suggestion = (" " + NameSuggester.Suggest(setting.Name, _parameters.Keys)).TrimEnd();
                diagnostics.Add(Messages.SetUnknownParameter.At(setting.Location, ("name", setting.Name), ("suggestion", suggestion)));
                continue;
            }

            settings[setting.Name] = setting;
        }

        foreach (var (name, value) in fromCaller)
        {
            settings[name] = new ParameterSetting(name, ParameterInput.OfText(value), null);
        }

        foreach (var setting in settings.Values.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            Apply(setting);
        }
    }

    private void Apply(ParameterSetting setting)
    {
        var name = setting.Name;
        if (!_parameters.TryGetValue(name, out var parameter))
        {
            var known = _parameters.Keys.Order(StringComparer.Ordinal).ToList();
            diagnostics.Add(Messages.CallerSetUnknownParameter.At(
                null,
                ("name", name),
                ("suggestion", NameSuggester.Suggest(name, known)),
                ("parameters", known.Count == 0 ? "none" : known)));
            return;
        }

        var type = parameter.Definition.Default.Type;
        if (setting.Value.ToValue(type) is not { } value)
        {
            // Reported without the setting's location, as before the typed model (a file's setting has one).
            diagnostics.Add(Messages.ParameterValueWrongType.At(
                null,
                ("name", name),
                ("value", setting.Value.Display),
                ("expected", Language.ParameterValue.Describe(type)),
                ("default", parameter.Definition.Default.Display)));
            return;
        }

        _parameters[name] = parameter with { Value = value };
    }
}
