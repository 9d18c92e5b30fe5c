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
/// that resolve, dates in order) are left to the tool. Every field needs a description in <see cref="Descriptions"/>
/// (<c>StrategyJsonSchema.Descriptions.cs</c>); a new model field without one makes generation fail, and so the test.
/// </remarks>
internal static partial class StrategyJsonSchema
{
    public const string Id = "https://raw.githubusercontent.com/s3criteria/s3criteria/main/schemas/strategy.schema.json";

    private const string Draft = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>The country codes <see cref="CountryCode.TryParse"/> accepts, as a regular expression alternation.</summary>
    private static readonly string Countries = string.Join('|', CountryCode.Spellings);

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
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
            var type = Refine(TypeSchema(field.Type, field.IsOptional), field.Property.PropertyType);
            if (field.Type.Kind == DataTypeKind.Object && !field.IsRequired)
            {
                // The binder reads a section left empty (governance:, or ~, null) as not given, like an absent one.
                type = new JsonObject { ["anyOf"] = new JsonArray(type, new JsonObject { ["type"] = "null" }) };
            }

            foreach (var (key, value) in Constrain($"{kind.Name}.{field.Name}", type))
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
            DataTypeKind.Date => DateSchema(),
            DataTypeKind.Enum => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. Naming.EnumNames(type.EnumType!).Select(n => (JsonNode)n)]) },
            DataTypeKind.List => new JsonObject { ["type"] = "array", ["items"] = TypeSchema(type.Element!, optional: false) },
            DataTypeKind.Object => new JsonObject { ["$ref"] = $"#/$defs/{type.Model!.Name}" },
            _ => throw new InvalidOperationException($"The model type {type} has no JSON Schema mapping."),
        };

        if (optional && schema["$ref"] is not null)
        {
            return new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };
        }

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
            schema["pattern"] = $"^({Countries})$";
        }
        else if (clrType == typeof(NutsCode))
        {
            schema["pattern"] = $"^({Countries})[0-9A-Z]{{0,3}}$";
        }

        return schema;
    }

    /// <summary>
    /// A date written <c>2027-06-30</c>. YAML 1.1 readers (js-yaml, PyYAML, Ruby) read such an unquoted date as a
    /// timestamp, which reaches a JSON Schema validator as midnight UTC (<c>2027-06-30T00:00:00.000Z</c>); the schema
    /// accepts that form too, so a document the loader accepts does not fail in those validators. The loader itself
    /// accepts only the date.
    /// </summary>
    private static JsonObject DateSchema() => new()
    {
        ["type"] = "string",
        ["anyOf"] = new JsonArray(
            new JsonObject { ["format"] = "date", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
            new JsonObject { ["$comment"] = "An unquoted date read as a timestamp by a YAML 1.1 reader.", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T00:00:00(\\.0+)?Z$" }),
    };

    /// <summary>The invariants of <see cref="StrategyValidator"/> on single values that JSON Schema can say; the near-miss corpus test checks each.</summary>
    private static JsonObject Constrain(string key, JsonObject schema)
    {
        switch (key)
        {
            case "strategy.id" or "strategy.title":
                schema["minLength"] = 1;
                break;
            case "priority.budget" or "partnership.funding" or "action.budget":
                schema["minimum"] = 0;
                break;
            case "strategy.language":
                schema["pattern"] = StrategyValidator.LanguageTagPattern;
                break;
            case "evidence.criteria":
                schema["items"]!["minimum"] = 1;
                schema["items"]!["maximum"] = 7;
                break;
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

    /// <summary>The description of a kind (<c>partnership</c>) or field (<c>partnership.instrument</c>); the workbook's comments use them too.</summary>
    internal static string Describe(string key) =>
        Descriptions.TryGetValue(key, out var text)
            ? text
            : throw new InvalidOperationException($"'{key}' has no description in {nameof(StrategyJsonSchema)}.{nameof(Descriptions)}; add one, then regenerate schemas/strategy.schema.json.");
}
