using System.Globalization;
using S3Criteria.Diagnostics;
using S3Criteria.Model;
using S3Criteria.Rules.Language;
using S3Criteria.Text;

namespace S3Criteria.Rules.Yaml;

/// <summary>
/// Reads a rule file strictly: unknown keys, duplicate keys, wrong types and missing required keys are located
/// diagnostics. Expressions are kept as sources here and type-checked when the whole rule set is known.
/// </summary>
internal static class RuleFileReader
{
    private static readonly string[] FileKeys = ["rule-set", "extends", "criterion", "criteria", "parameters", "set", "overrides", "rules", "vehicles"];
    private static readonly string[] OverrideKeys = ["severity", "disabled"];
    private static readonly string[] HeaderKeys = ["id", "version", "title"];
    private static readonly string[] CriterionKeys = ["id", "title", "legal-basis", "where-relevant"];
    private static readonly string[] ParameterKeys = ["default", "description"];
    private static readonly string[] RuleKeys =
    [
        "id", "title", "criterion", "severity", "for-each", "applies-when", "let", "needs", "require", "message",
        "rationale", "recommendation", "references",
    ];

    public static RuleFileSyntax? Read(SourceText source, ICollection<Diagnostic> diagnostics, DocumentLimits? limits = null)
    {
        var root = YamlTreeReader.Read(source, diagnostics, limits);
        if (root is null)
        {
            return null;
        }

        var file = new RuleFileSyntax(source);
        var map = Keys.Of(root, "a rule file", FileKeys, diagnostics);
        if (map is null)
        {
            return null;
        }

        if (map.Get("rule-set") is { } header && Keys.Of(header, "'rule-set'", HeaderKeys, diagnostics) is { } h)
        {
            file.Header = new RuleSetHeaderSyntax(h.Text("id"), h.Text("version"), h.Text("title"));
        }

        if (map.Get("criterion") is { } single)
        {
            ReadCriterion(single, file, diagnostics);
        }

        if (map.Get("criteria") is { } many && Keys.List(many, "'criteria'", diagnostics) is { } criteria)
        {
            foreach (var criterion in criteria)
            {
                ReadCriterion(criterion, file, diagnostics);
            }
        }

        if (map.Get("parameters") is { } parameters)
        {
            ReadParameters(parameters, file, diagnostics);
        }

        if (map.Get("extends") is { } extends)
        {
            var targets = extends is YSequence targetList ? targetList.Items : [extends];
            foreach (var target in targets)
            {
                if (target is YScalar { IsNull: false } scalar)
                {
                    file.Extends.Add((scalar.Value, scalar.Location));
                }
                else
                {
                    diagnostics.Add(new Diagnostic(DiagnosticCodes.WrongType, $"'extends' takes 'builtin' or a path relative to this file (or a list of them); found {target.KindName}.", target.Location));
                }
            }
        }

        if (map.Get("set") is { } set)
        {
            if (set is YMapping values)
            {
                foreach (var (key, value) in values.Entries)
                {
                    var text = value switch
                    {
                        YScalar scalar => scalar.Value,
                        YSequence items when items.Items.All(i => i is YScalar) => string.Join(",", items.Items.Cast<YScalar>().Select(i => i.Value)),
                        _ => null,
                    };
                    if (text is null)
                    {
                        diagnostics.Add(new Diagnostic(DiagnosticCodes.WrongType, $"The value set for '{key.Value}' must be a number, text, true/false or a list.", value.Location));
                    }
                    else
                    {
                        file.Sets.Add((key.Value, text, key.Location));
                    }
                }
            }
            else
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.WrongType, $"'set' must be a mapping of parameter names to values; found {set.KindName}.", set.Location));
            }
        }

        if (map.Get("overrides") is { } overrides)
        {
            if (overrides is YMapping rulesToChange)
            {
                foreach (var (rule, value) in rulesToChange.Entries)
                {
                    if (Keys.Of(value, $"the override of rule '{rule.Value}'", OverrideKeys, diagnostics) is not { } change)
                    {
                        continue;
                    }

                    Severity? severity = null;
                    if (change.Text("severity") is { } severityText)
                    {
                        if (Model.Naming.TryParseEnum(typeof(Severity), severityText, out var parsed))
                        {
                            severity = (Severity)parsed!;
                        }
                        else
                        {
                            diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidValue, $"Unknown severity '{severityText}'. Expected one of: {string.Join(", ", Model.Naming.EnumNames(typeof(Severity)))}.", change.Get("severity")!.Location));
                        }
                    }

                    var reason = change.Text("disabled");
                    if (severity is null && reason is null)
                    {
                        diagnostics.Add(new Diagnostic(DiagnosticCodes.MissingKey, $"The override of rule '{rule.Value}' needs 'severity' or 'disabled' (with the reason).", value.Location));
                        continue;
                    }

                    file.Overrides.Add(new RuleOverrideSyntax(rule.Value, severity, reason, rule.Location));
                }
            }
            else
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.WrongType, $"'overrides' must be a mapping of rule ids to changes (severity, disabled); found {overrides.KindName}.", overrides.Location));
            }
        }

        if (map.Get("vehicles") is { } vehicles && Keys.List(vehicles, "'vehicles'", diagnostics) is { } vehicleList)
        {
            for (var i = 0; i < vehicleList.Count; i++)
            {
                var path = string.Create(CultureInfo.InvariantCulture, $"vehicles[{i}]");
                if (Documents.StrategyBinder.BindKind(vehicleList[i], Model.ModelSchema.Vehicle, path, diagnostics) is CooperationVehicle vehicle)
                {
                    file.Vehicles.Add((vehicle, vehicleList[i].Location));
                }
            }
        }

        if (map.Get("rules") is { } rules && Keys.List(rules, "'rules'", diagnostics) is { } list)
        {
            foreach (var rule in list)
            {
                if (ReadRule(rule, file, diagnostics) is { } syntax)
                {
                    file.Rules.Add(syntax);
                }
            }
        }

        return file;
    }

    private static void ReadCriterion(YNode node, RuleFileSyntax file, ICollection<Diagnostic> diagnostics)
    {
        var map = Keys.Of(node, "a criterion", CriterionKeys, diagnostics);
        var id = map?.Text("id", required: true);
        var title = map is null ? null : Localized(map, "title", required: true, diagnostics);
        if (map is null || id is null || title is null)
        {
            return;
        }

        file.Criteria.Add(new CriterionSyntax(id, title, map.Text("legal-basis"), map.Boolean("where-relevant") ?? false, node.Location));
    }

    private static void ReadParameters(YNode node, RuleFileSyntax file, ICollection<Diagnostic> diagnostics)
    {
        if (node is not YMapping mapping)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.WrongType, $"'parameters' must be a mapping of names to default values, found {node.KindName}.", node.Location));
            return;
        }

        foreach (var (key, value) in mapping.Entries)
        {
            string? description = null;
            var defaultNode = value;
            if (value is YMapping detailed && Keys.Of(detailed, $"parameter '{key.Value}'", ParameterKeys, diagnostics) is { } details)
            {
                description = details.Text("description");
                defaultNode = details.Get("default");
                if (defaultNode is null)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticCodes.MissingKey, $"Parameter '{key.Value}' needs a 'default'.", value.Location));
                    continue;
                }
            }

            if (ParameterDefault(defaultNode) is { } parameter)
            {
                file.Parameters.Add(new ParameterSyntax(key.Value, parameter, description, key.Location));
            }
            else
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.WrongType, $"The default of parameter '{key.Value}' must be a number, true/false, text, or a list of numbers or text.", defaultNode.Location));
            }
        }
    }

    private static ParameterValue? ParameterDefault(YNode node)
    {
        switch (node)
        {
            case YScalar { IsNull: true }:
                return null;
            case YScalar scalar when scalar.Style == ScalarStyle.Plain:
                if (decimal.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                {
                    return new ParameterValue(DataType.Number, number);
                }

                return scalar.Value is "true" or "false"
                    ? new ParameterValue(DataType.Boolean, scalar.Value == "true")
                    : new ParameterValue(DataType.Text, scalar.Value);
            case YScalar text:
                return new ParameterValue(DataType.Text, text.Value);
            case YSequence sequence when sequence.Items.All(i => i is YScalar):
                var values = sequence.Items.Cast<YScalar>().ToList();
                if (values.Count > 0 && values.All(v => v.Style == ScalarStyle.Plain && decimal.TryParse(v.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)))
                {
                    return new ParameterValue(DataType.List(DataType.Number), (IReadOnlyList<decimal?>)[.. values.Select(v => (decimal?)decimal.Parse(v.Value, CultureInfo.InvariantCulture))]);
                }

                return new ParameterValue(DataType.List(DataType.Text), (IReadOnlyList<string>)[.. values.Select(v => v.Value)]);
            default:
                return null;
        }
    }

    private static RuleSyntax? ReadRule(YNode node, RuleFileSyntax file, ICollection<Diagnostic> diagnostics)
    {
        var map = Keys.Of(node, "a rule", RuleKeys, diagnostics);
        if (map is null)
        {
            return null;
        }

        var id = map.Text("id", required: true);
        var title = Localized(map, "title", required: true, diagnostics);
        var severityText = map.Text("severity", required: true);
        Severity? severity = null;
        if (severityText is not null)
        {
            if (Model.Naming.TryParseEnum(typeof(Severity), severityText, out var parsed))
            {
                severity = (Severity)parsed!;
            }
            else
            {
                var names = Model.Naming.EnumNames(typeof(Severity));
                diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidValue, $"Unknown severity '{severityText}'. {NameSuggester.Suggest(severityText, names)}Expected one of: {string.Join(", ", names)}.", map.Get("severity")!.Location));
            }
        }

        var require = map.Expression("require", file.Source, required: true);
        var message = Template(map, "message", file.Source, required: true, diagnostics);
        var lets = new List<LetSyntax>();
        if (map.Get("let") is { } letNode)
        {
            if (letNode is YMapping letMap)
            {
                foreach (var (key, value) in letMap.Entries)
                {
                    if (value is YScalar { IsNull: false } scalar)
                    {
                        lets.Add(new LetSyntax(key.Value, key.Location, ExpressionSource.FromScalar(scalar, file.Source)));
                    }
                    else
                    {
                        diagnostics.Add(new Diagnostic(DiagnosticCodes.WrongType, $"'let' value '{key.Value}' must be an expression, found {value.KindName}.", value.Location));
                    }
                }
            }
            else
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.WrongType, $"'let' must be a mapping of names to expressions, found {letNode.KindName}.", letNode.Location));
            }
        }

        var needs = new List<ExpressionSource>();
        if (map.Get("needs") is { } needsNode && Keys.List(needsNode, "'needs'", diagnostics) is { } needList)
        {
            foreach (var item in needList)
            {
                if (item is YScalar { IsNull: false } scalar)
                {
                    needs.Add(ExpressionSource.FromScalar(scalar, file.Source));
                }
                else
                {
                    diagnostics.Add(new Diagnostic(DiagnosticCodes.WrongType, $"Each item of 'needs' must be a path such as strategy.analysis.updated, found {item.KindName}.", item.Location));
                }
            }
        }

        var references = new List<string>();
        if (map.Get("references") is { } referencesNode && Keys.List(referencesNode, "'references'", diagnostics) is { } referenceList)
        {
            foreach (var item in referenceList)
            {
                if (item is YScalar { IsNull: false } scalar)
                {
                    references.Add(scalar.Value);
                }
                else
                {
                    diagnostics.Add(new Diagnostic(DiagnosticCodes.WrongType, $"Each reference must be text, found {item.KindName}.", item.Location));
                }
            }
        }

        var rationale = Localized(map, "rationale", required: false, diagnostics);
        var recommendation = Template(map, "recommendation", file.Source, required: false, diagnostics);
        var appliesWhen = map.Expression("applies-when", file.Source, required: false);
        var forEach = map.Text("for-each");
        if (id is null || title is null || severity is null || require is null || message is null)
        {
            return null;
        }

        return new RuleSyntax
        {
            Id = id,
            Location = map.Get("id")!.Location,
            Title = title,
            CriterionId = map.Text("criterion"),
            CriterionLocation = map.Get("criterion")?.Location,
            Severity = severity.Value,
            ForEach = forEach,
            ForEachLocation = map.Get("for-each")?.Location,
            AppliesWhen = appliesWhen,
            Lets = lets,
            Needs = needs,
            Require = require,
            Message = message,
            Rationale = rationale,
            Recommendation = recommendation,
            References = references,
        };
    }

    private static LocalizedText? Localized(Keys map, string key, bool required, ICollection<Diagnostic> diagnostics)
    {
        var node = map.Get(key);
        if (node is null)
        {
            if (required)
            {
                map.Missing(key);
            }

            return null;
        }

        switch (node)
        {
            case YScalar { IsNull: false } scalar:
                return LocalizedText.English(scalar.Value.Trim());
            case YMapping languages:
                var texts = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (language, value) in languages.Entries)
                {
                    if (language.Value.Length != 2 || !language.Value.All(char.IsAsciiLetterLower))
                    {
                        diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidValue, $"'{language.Value}' is not a language code; use two lower-case letters (ISO 639-1) such as en, it, pt.", language.Location));
                    }
                    else if (value is YScalar { IsNull: false } text)
                    {
                        texts[language.Value] = text.Value.Trim();
                    }
                    else
                    {
                        diagnostics.Add(new Diagnostic(DiagnosticCodes.WrongType, $"The '{language.Value}' text of '{key}' must be text, found {value.KindName}.", value.Location));
                    }
                }

                if (!texts.ContainsKey(LocalizedText.DefaultLanguage))
                {
                    diagnostics.Add(new Diagnostic(DiagnosticCodes.MissingKey, $"'{key}' needs an English ('en') text as the fallback.", node.Location));
                    return null;
                }

                return new LocalizedText(texts);
            default:
                diagnostics.Add(new Diagnostic(DiagnosticCodes.WrongType, $"'{key}' must be text, or a mapping of language codes to text; found {node.KindName}.", node.Location));
                return null;
        }
    }

    private static TemplateSyntax? Template(Keys map, string key, SourceText file, bool required, ICollection<Diagnostic> diagnostics)
    {
        var text = Localized(map, key, required, diagnostics);
        if (text is null)
        {
            return null;
        }

        var node = map.Get(key)!;
        var segments = new Dictionary<string, IReadOnlyList<TemplateSegment>>(StringComparer.Ordinal);
        foreach (var (language, value) in text.Translations)
        {
            var scalar = node is YMapping languages ? (YScalar)languages.Entries.First(e => e.Key.Value == language).Value : (YScalar)node;
            var parsed = TemplateParser.Parse(value, scalar, file, diagnostics);
            if (parsed is null)
            {
                return null;
            }

            segments[language] = parsed;
        }

        return new TemplateSyntax(text, segments);
    }
}
