using System.Globalization;
using S3Criteria.Diagnostics;
using S3Criteria.Documents;
using S3Criteria.Model;
using S3Criteria.Text;

namespace S3Criteria.Rules.Yaml;

/// <summary>
/// Reads a YAML rule file into a <see cref="RuleFileDefinition"/>, strictly: unknown keys, duplicate keys, wrong types
/// and missing required keys are located diagnostics. Expressions are kept as sources here and type-checked when the
/// whole rule set is known.
/// </summary>
internal static class RuleFileReader
{
    private static readonly string[] FileKeys = ["rule-set", "extends", "criterion", "criteria", "parameters", "set", "overrides", "rules", "vehicles"];
    private static readonly string[] HeaderKeys = ["id", "version", "title"];
    private static readonly string[] CriterionKeys = ["id", "title", "legal-basis", "where-relevant", "precondition"];

    /// <summary>Reads a rule file's text; <see langword="null"/> when it is not a YAML mapping (reported).</summary>
    public static RuleFileDefinition? Read(SourceText source, ICollection<Diagnostic> diagnostics, DocumentLimits? limits = null)
    {
        if (YamlTreeReader.Read(source, diagnostics, limits) is not { } root || Keys.Of(root, "a rule file", FileKeys, diagnostics) is not { } map)
        {
            return null;
        }

        var header = map.Get("rule-set") is { } headerNode && Keys.Of(headerNode, "'rule-set'", HeaderKeys, diagnostics) is { } h
            ? new RuleSetHeader(h.Text("id"), h.Text("version"), h.Text("title"))
            : null;
        var criteria = ReadCriteria(map, diagnostics);
        var parameters = map.Get("parameters") is { } declared ? ParameterReader.ReadDeclarations(declared, diagnostics) : [];
        var extends = map.Get("extends") is { } extended ? CompositionReader.ReadExtends(extended, diagnostics) : [];
        var settings = map.Get("set") is { } set ? ParameterReader.ReadSettings(set, diagnostics) : [];
        var overrides = map.Get("overrides") is { } changes ? CompositionReader.ReadOverrides(changes, diagnostics) : [];
        var vehicles = ReadVehicles(map.Get("vehicles"), diagnostics);
        var rules = new List<RuleDefinition>();
        foreach (var rule in Items(map, "rules", diagnostics))
        {
            if (RuleReader.Read(rule, source, diagnostics) is { } definition)
            {
                rules.Add(definition);
            }
        }

        return new RuleFileDefinition
        {
            Header = header,
            Criteria = criteria,
            Parameters = parameters,
            Rules = rules,
            Vehicles = vehicles,
            Extends = extends,
            Settings = settings,
            Overrides = overrides,
        };
    }

    /// <summary>Reads <c>criterion:</c> (one), then <c>criteria:</c> (a list).</summary>
    private static List<CriterionDefinition> ReadCriteria(Keys map, ICollection<Diagnostic> diagnostics)
    {
        var criteria = new List<CriterionDefinition>();
        if (map.Get("criterion") is { } single && ReadCriterion(single, diagnostics) is { } criterion)
        {
            criteria.Add(criterion);
        }

        foreach (var node in Items(map, "criteria", diagnostics))
        {
            if (ReadCriterion(node, diagnostics) is { } listed)
            {
                criteria.Add(listed);
            }
        }

        return criteria;
    }

    private static CriterionDefinition? ReadCriterion(YNode node, ICollection<Diagnostic> diagnostics)
    {
        var map = Keys.Of(node, "a criterion", CriterionKeys, diagnostics);
        var id = map?.Text("id", required: true);
        var title = map is null ? null : LocalizedTextReader.Read(map, "title", required: true);
        return map is null || id is null || title is null
            ? null
            : new CriterionDefinition(id, title, map.Text("legal-basis"), map.Boolean("where-relevant") ?? false, map.Boolean("precondition") ?? false, node.Location);
    }

    private static List<VehicleDefinition> ReadVehicles(YNode? node, ICollection<Diagnostic> diagnostics)
    {
        var vehicles = new List<VehicleDefinition>();
        var items = node is null ? [] : Keys.List(node, "'vehicles'", diagnostics) ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"vehicles[{i}]");
            if (StrategyBinder.BindKind(items[i], ModelSchema.Vehicle, path, diagnostics) is CooperationVehicle vehicle)
            {
                vehicles.Add(new VehicleDefinition(vehicle, items[i].Location));
            }
        }

        return vehicles;
    }

    /// <summary>The items of the list at <paramref name="key"/>: none when it is absent or not a list (reported).</summary>
    private static IReadOnlyList<YNode> Items(Keys map, string key, ICollection<Diagnostic> diagnostics) =>
        map.Get(key) is { } node ? Keys.List(node, $"'{key}'", diagnostics) ?? [] : [];
}
