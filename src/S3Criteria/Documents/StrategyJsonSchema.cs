using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using S3Criteria.Model;

namespace S3Criteria.Documents;

/// <summary>
/// Generates the JSON Schema (draft 2020-12) of strategy documents from <see cref="ModelSchema"/>, the same allow-list
/// the binder reads documents with, so the published <c>schemas/strategy.schema.json</c> cannot drift from what loads:
/// a test compares the checked-in file with <see cref="Generate"/>. Editors with a YAML language server use it for
/// completion and checking (<c># yaml-language-server: $schema=…</c>).
/// </summary>
/// <remarks>
/// The schema is as strict as the binder where JSON Schema can say it: unknown keys, missing required keys, wrong types,
/// enumeration values, date, country and NUTS code shapes. Invariants across values (unique identifiers, references
/// that resolve, dates in order) are left to the tool. Every field needs a description in <see cref="Descriptions"/>;
/// a new model field without one makes generation fail, and so the test.
/// </remarks>
internal static class StrategyJsonSchema
{
    public const string Id = "https://raw.githubusercontent.com/s3criteria/s3criteria/main/schemas/strategy.schema.json";

    private const string Draft = "https://json-schema.org/draft/2020-12/schema";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>What each kind and field is, for the reader of a strategy document (and of a vehicle catalogue).</summary>
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["strategy"] = "A national or regional smart specialisation strategy, as checked against enabling condition 1.1 (Regulation (EU) 2021/1060, Annex IV).",
        ["strategy.id"] = "Identifier of the strategy, such as es43-ris3-2021-2027.",
        ["strategy.title"] = "Title of the strategy.",
        ["strategy.region"] = "The territory the strategy covers.",
        ["strategy.period-start"] = "First year of the programming period, such as 2021.",
        ["strategy.period-end"] = "Last year of the programming period, such as 2027.",
        ["strategy.status"] = "Adoption status of the strategy.",
        ["strategy.adopted"] = "Adoption date (YYYY-MM-DD), if adopted.",
        ["strategy.analysis"] = "The analysis of challenges for innovation diffusion and digitalisation (criterion 1).",
        ["strategy.governance"] = "The bodies that manage the strategy (criterion 2) and its cooperation (criterion 7).",
        ["strategy.monitoring"] = "The monitoring and evaluation arrangements (criterion 3).",
        ["strategy.needs"] = "The needs the strategy declares; they decide whether the \"where relevant\" criteria 5 and 6 apply.",
        ["strategy.priorities"] = "The priority areas (domains) in which the strategy concentrates research and innovation investment.",
        ["strategy.partnerships"] = "Cooperation arrangements with partners outside the Member State or region (criterion 7).",
        ["strategy.stakeholders"] = "Actors of the entrepreneurial discovery process (criterion 4).",
        ["strategy.indicators"] = "Monitoring indicators (criterion 3).",
        ["strategy.actions"] = "Measures of the strategy's policy mix.",

        ["region"] = "The territory a smart specialisation strategy covers.",
        ["region.code"] = "NUTS code of the region (level 2 or 3, such as ITF4), or the country code (NUTS level 0) for a national strategy.",
        ["region.name"] = "Name of the region.",
        ["region.category"] = "The region's 2021-2027 cohesion policy category (Regulation (EU) 2021/1060, Article 108(2)).",
        ["region.lagging"] = "Whether the region is a lagging region (SWD(2017) 132): low-income or low-growth.",
        ["region.macro-regions"] = "The EU macro-regional strategies that cover the region.",

        ["analysis"] = "The strategy's analysis of challenges for innovation diffusion and digitalisation (criterion 1).",
        ["analysis.updated"] = "Date the analysis was last updated (YYYY-MM-DD), if known.",
        ["analysis.covers-innovation-diffusion"] = "Whether the analysis covers challenges for innovation diffusion.",
        ["analysis.covers-digitalisation"] = "Whether the analysis covers digitalisation.",

        ["governance"] = "The bodies that manage the strategy (criterion 2) and its cooperation (criterion 7).",
        ["governance.body"] = "Name of the institution or body responsible for managing the strategy.",
        ["governance.legal-basis"] = "The act that gives the managing body its mandate.",
        ["governance.cooperation-unit"] = "The unit or person responsible for cooperation with partners outside the Member State.",

        ["monitoring"] = "The strategy's monitoring and evaluation arrangements (criterion 3).",
        ["monitoring.system"] = "Name of the monitoring system or observatory.",
        ["monitoring.last-report"] = "Date of the last monitoring report (YYYY-MM-DD), if one was published.",
        ["monitoring.evaluation-planned"] = "Whether an evaluation of the strategy is planned.",

        ["needs"] = "Needs the strategy declares, which decide whether the \"where relevant\" criteria 5 and 6 apply.",
        ["needs.research-innovation-system"] = "Whether the strategy declares a need to improve the research and innovation system (criterion 5).",
        ["needs.industrial-transition"] = "Whether the strategy declares a need to support industrial transition (criterion 6).",

        ["priority"] = "A priority area (domain) in which the strategy concentrates research and innovation investment.",
        ["priority.id"] = "Identifier of the priority area, unique within the strategy; partnerships, stakeholders, indicators and actions refer to it.",
        ["priority.name"] = "Name of the priority area.",
        ["priority.domains"] = "Domain codes or keywords (NACE codes, S3 platform areas, keywords such as solar-energy), matched against partnerships and cooperation vehicles.",
        ["priority.budget"] = "Budget in euro, if stated.",
        ["priority.description"] = "Description of the priority area.",

        ["partnership"] = "A cooperation arrangement with partners outside the Member State or region (criterion 7).",
        ["partnership.id"] = "Identifier of the partnership, unique within the strategy.",
        ["partnership.title"] = "Title of the partnership.",
        ["partnership.instrument"] = "The instrument through which the cooperation is pursued.",
        ["partnership.partners"] = "The partners other than the region itself.",
        ["partnership.priorities"] = "Identifiers of the priority areas the partnership serves.",
        ["partnership.domains"] = "Thematic domains of the partnership, compared with the priority areas' domains.",
        ["partnership.role"] = "The region's own role in the partnership.",
        ["partnership.status"] = "Where the partnership stands.",
        ["partnership.start"] = "Start date (YYYY-MM-DD), if known.",
        ["partnership.end"] = "End date (YYYY-MM-DD), if known.",
        ["partnership.funding"] = "Funding in euro, if stated.",
        ["partnership.funding-source"] = "Source of the funding (for example an ERDF programme and its specific objective).",

        ["partner"] = "An organisation or region taking part in a partnership.",
        ["partner.name"] = "Name of the partner.",
        ["partner.country"] = "The partner's country: an ISO 3166-1 alpha-2 code such as IT or FI (EL and UK are accepted for Greece and the United Kingdom).",
        ["partner.nuts"] = "NUTS code of the partner region, if known.",
        ["partner.helix"] = "Quadruple-helix group of the partner, if known.",
        ["partner.category"] = "2021-2027 cohesion category of the partner's region, if known: it shows pairings of less and more developed regions.",

        ["stakeholder"] = "An actor of the regional innovation ecosystem (criterion 4).",
        ["stakeholder.id"] = "Identifier of the stakeholder, unique within the strategy.",
        ["stakeholder.name"] = "Name of the stakeholder.",
        ["stakeholder.helix"] = "Quadruple-helix group of the stakeholder.",
        ["stakeholder.edp-participant"] = "Whether the stakeholder takes part in the entrepreneurial discovery process.",
        ["stakeholder.priorities"] = "Identifiers of the priority areas the stakeholder is active in.",
        ["stakeholder.partnerships"] = "Identifiers of the partnerships the stakeholder takes part in.",

        ["indicator"] = "A monitoring indicator of the strategy (criterion 3).",
        ["indicator.id"] = "Identifier of the indicator, unique within the strategy.",
        ["indicator.name"] = "Name of the indicator.",
        ["indicator.type"] = "Whether the indicator measures outputs or results.",
        ["indicator.code"] = "Common indicator code such as RCO83, if any.",
        ["indicator.priority"] = "Identifier of the priority area the indicator belongs to, if any.",
        ["indicator.baseline"] = "Baseline value, if stated.",
        ["indicator.target"] = "Target value, if stated.",
        ["indicator.baseline-year"] = "Baseline year, if stated.",
        ["indicator.target-year"] = "Target year, if stated.",
        ["indicator.measures-cooperation"] = "Whether the indicator measures cooperation with partners outside the Member State.",

        ["action"] = "A measure of the strategy's policy mix.",
        ["action.id"] = "Identifier of the action, unique within the strategy.",
        ["action.title"] = "Title of the action.",
        ["action.type"] = "The kind of measure.",
        ["action.priorities"] = "Identifiers of the priority areas the action serves.",
        ["action.budget"] = "Budget in euro, if stated.",
        ["action.funding-source"] = "Source of the budget (a programme and specific objective, a national fund).",
        ["action.responsible"] = "The body responsible for the action.",

        ["vehicle"] = "A real vehicle of interregional cooperation that recommendations can name: a thematic smart specialisation partnership, a Vanguard Initiative pilot or an I3 strand.",
        ["vehicle.id"] = "Identifier of the vehicle, unique in the rule set (kebab case).",
        ["vehicle.name"] = "Name of the vehicle, as it calls itself; no commas, because recommendations print names as comma-separated lists.",
        ["vehicle.kind"] = "The kind of vehicle.",
        ["vehicle.platform"] = "The S3 thematic platform (Agri-food, Energy, Industrial Modernisation, Sustainable Blue Economy), if any.",
        ["vehicle.domains"] = "Domain keywords (kebab case) matched against the domains of priority areas.",
        ["vehicle.leads"] = "The lead regions, as the source writes them.",
        ["vehicle.open-to"] = "Cohesion categories of regions the vehicle is open to; empty when open to all.",
        ["vehicle.description"] = "A one-line description.",
        ["vehicle.sources"] = "Public sources that confirm the facts recorded.",
    };

    /// <summary>Generates the schema of strategy documents.</summary>
    /// <returns>The schema as indented JSON with <c>\n</c> line ends and a final newline; always the same for the same model.</returns>
    /// <exception cref="InvalidOperationException">A model kind or field has no description.</exception>
    public static string Generate()
    {
        var strategy = ModelSchema.Strategy;
        var kinds = new SortedDictionary<string, ModelKind>(StringComparer.Ordinal);
        Collect(strategy, kinds);
        kinds.Remove(strategy.Name);

        var schema = new JsonObject
        {
            ["$schema"] = Draft,
            ["$id"] = Id,
            ["title"] = "S3Criteria strategy document",
        };
        foreach (var (key, value) in Definition(strategy))
        {
            schema[key] = value?.DeepClone();
        }

        // A JSON document names its schema with this key; the loader ignores it.
        schema["properties"]!.AsObject().Insert(0, "$schema", new JsonObject { ["description"] = "The JSON Schema of the document, for editors; ignored by S3Criteria.", ["type"] = "string" });

        var definitions = new JsonObject();
        foreach (var (name, kind) in kinds)
        {
            definitions[name] = Definition(kind);
        }

        schema["$defs"] = definitions;
        return schema.ToJsonString(Json) + "\n";
    }

    /// <summary>The schema of one model kind: an object with its settable fields, required keys and nothing else.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The schema; references to other kinds point into <c>#/$defs/</c>.</returns>
    public static JsonObject Definition(ModelKind kind)
    {
        var defaults = Activator.CreateInstance(kind.ClrType);
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var field in kind.Fields.Where(f => f.IsSettable))
        {
            var property = new JsonObject { ["description"] = Describe($"{kind.Name}.{field.Name}") };
            foreach (var (key, value) in Refine(TypeSchema(field.Type, field.IsOptional), field.Property.PropertyType))
            {
                property[key] = value?.DeepClone();
            }

            if (field.IsRequired)
            {
                required.Add(field.Name);
            }
            else if (Default(field.Property.GetValue(defaults)) is { } value)
            {
                property["default"] = value;
            }

            properties[field.Name] = property;
        }

        var definition = new JsonObject
        {
            ["description"] = Describe(kind.Name),
            ["type"] = "object",
            ["properties"] = properties,
        };
        if (required.Count > 0)
        {
            definition["required"] = required;
        }

        definition["additionalProperties"] = false;
        return definition;
    }

    private static void Collect(ModelKind kind, IDictionary<string, ModelKind> kinds)
    {
        if (!kinds.TryAdd(kind.Name, kind))
        {
            return;
        }

        foreach (var field in kind.Fields.Where(f => f.IsSettable))
        {
            var type = field.Type.Kind == DataTypeKind.List ? field.Type.Element! : field.Type;
            if (type.Kind == DataTypeKind.Object)
            {
                Collect(type.Model!, kinds);
            }
        }
    }

    private static JsonObject TypeSchema(DataType type, bool optional)
    {
        JsonObject schema = type.Kind switch
        {
            DataTypeKind.Number => new JsonObject { ["type"] = "number" },
            DataTypeKind.Text => new JsonObject { ["type"] = "string" },
            DataTypeKind.Boolean => new JsonObject { ["type"] = "boolean" },
            DataTypeKind.Date => new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
            DataTypeKind.Enum => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. Naming.EnumNames(type.EnumType!).Select(n => (JsonNode)n)]) },
            DataTypeKind.List => new JsonObject { ["type"] = "array", ["items"] = TypeSchema(type.Element!, optional: false) },
            DataTypeKind.Object => new JsonObject { ["$ref"] = $"#/$defs/{type.Model!.Name}" },
            _ => throw new InvalidOperationException($"The model type {type} has no JSON Schema mapping."),
        };

        if (optional && schema["type"] is JsonValue single)
        {
            // The binder reads an empty value (or ~, null) of an optional field as "not given".
            schema["type"] = new JsonArray(single.GetValue<string>(), "null");
            if (schema["enum"] is JsonArray values)
            {
                values.Add(null);
            }
        }

        return schema;
    }

    /// <summary>Refines the text and number types the language shares with the model's codes and whole numbers.</summary>
    private static JsonObject Refine(JsonObject schema, Type clrType)
    {
        clrType = Nullable.GetUnderlyingType(clrType) ?? clrType;
        if (clrType == typeof(int))
        {
            schema["type"] = Retype(schema["type"]!, "integer");
        }
        else if (clrType == typeof(CountryCode))
        {
            schema["pattern"] = "^[A-Z]{2}$";
        }
        else if (clrType == typeof(NutsCode))
        {
            schema["pattern"] = "^[A-Z]{2}[0-9A-Z]{0,3}$";
        }

        return schema;
    }

    private static JsonNode Retype(JsonNode type, string name) =>
        type is JsonArray types ? new JsonArray([.. types.Select(t => (JsonNode?)(t!.GetValue<string>() == "null" ? "null" : name))]) : name;

    private static JsonNode? Default(object? value) => value switch
    {
        bool flag => flag,
        Enum member => Naming.EnumName(member),
        System.Collections.ICollection { Count: 0 } => new JsonArray(),
        _ => null,
    };

    private static string Describe(string key) =>
        Descriptions.TryGetValue(key, out var text)
            ? text
            : throw new InvalidOperationException($"'{key}' has no description in {nameof(StrategyJsonSchema)}.{nameof(Descriptions)}; add one, then regenerate schemas/strategy.schema.json.");
}
