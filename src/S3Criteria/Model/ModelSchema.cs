using System.Reflection;
using S3Criteria.Rules.Language;

namespace S3Criteria.Model;

/// <summary>
/// The allow-list of what documents and rules can name: the model's kinds and their public properties, in kebab case.
/// Rules reach the model only through this schema; nothing else of .NET is reachable from a rule file.
/// </summary>
internal static class ModelSchema
{
    private static readonly Dictionary<Type, ModelKind> ByType = Build();

    public static ModelKind Strategy => ByType[typeof(Strategy)];

    public static ModelKind Vehicle => ByType[typeof(Rules.CooperationVehicle)];

    /// <summary>Gets the kinds a rule can iterate with <c>for-each</c>, by name, with the strategy collection that holds them.</summary>
    public static IReadOnlyDictionary<string, (ModelKind Kind, ModelField Collection)> SubjectKinds { get; } =
        new Dictionary<string, (ModelKind, ModelField)>(StringComparer.Ordinal)
        {
            ["priority"] = (ByType[typeof(PriorityArea)], Field(Strategy, "priorities")),
            ["partnership"] = (ByType[typeof(Partnership)], Field(Strategy, "partnerships")),
            ["stakeholder"] = (ByType[typeof(Stakeholder)], Field(Strategy, "stakeholders")),
            ["indicator"] = (ByType[typeof(Indicator)], Field(Strategy, "indicators")),
            ["action"] = (ByType[typeof(PolicyAction)], Field(Strategy, "actions")),
        };

    public static ModelKind KindOf(Type type) => ByType[type];

    public static bool TryGetKind(Type type, out ModelKind kind) => ByType.TryGetValue(type, out kind!);

    private static ModelField Field(ModelKind kind, string name) => kind.TryGetField(name, out var field) ? field : throw new InvalidOperationException(name);

    private static Dictionary<Type, ModelKind> Build()
    {
        var names = new Dictionary<Type, string>
        {
            [typeof(Strategy)] = "strategy",
            [typeof(Region)] = "region",
            [typeof(Analysis)] = "analysis",
            [typeof(Governance)] = "governance",
            [typeof(Monitoring)] = "monitoring",
            [typeof(DeclaredNeeds)] = "needs",
            [typeof(PriorityArea)] = "priority",
            [typeof(Partnership)] = "partnership",
            [typeof(Partner)] = "partner",
            [typeof(Stakeholder)] = "stakeholder",
            [typeof(Indicator)] = "indicator",
            [typeof(PolicyAction)] = "action",
            [typeof(Rules.CooperationVehicle)] = "vehicle",
        };
        var kinds = names.ToDictionary(pair => pair.Key, pair => new ModelKind(pair.Value, pair.Key));
        var nullability = new NullabilityInfoContext();
        foreach (var kind in kinds.Values)
        {
            var fields = new List<ModelField>();
            foreach (var property in kind.ClrType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var (type, optional) = TypeOf(property, kinds, nullability);
                var required = property.GetCustomAttribute<System.Runtime.CompilerServices.RequiredMemberAttribute>() is not null;
                fields.Add(new ModelField(Naming.ToKebab(property.Name), property, type, optional, required));
            }

            kind.SetFields(fields);
        }

        return kinds;
    }

    private static (LType Type, bool Optional) TypeOf(PropertyInfo property, Dictionary<Type, ModelKind> kinds, NullabilityInfoContext nullability)
    {
        var clr = property.PropertyType;
        var underlying = Nullable.GetUnderlyingType(clr);
        var optional = underlying is not null || (clr == typeof(string) && nullability.Create(property).ReadState == NullabilityState.Nullable);
        var type = underlying ?? clr;
        if (type == typeof(string) || type == typeof(CountryCode) || type == typeof(NutsCode))
        {
            return (LType.Text, optional);
        }

        if (type == typeof(decimal) || type == typeof(int))
        {
            return (LType.Number, optional);
        }

        if (type == typeof(bool))
        {
            return (LType.Boolean, optional);
        }

        if (type == typeof(DateOnly))
        {
            return (LType.Date, optional);
        }

        if (type.IsEnum)
        {
            return (LType.Enum(type), optional);
        }

        if (kinds.TryGetValue(type, out var kind))
        {
            return (LType.Object(kind), false);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var element = type.GetGenericArguments()[0];
            if (element == typeof(string))
            {
                return (LType.List(LType.Text), false);
            }

            return element.IsEnum ? (LType.List(LType.Enum(element)), false) : (LType.List(LType.Object(kinds[element])), false);
        }

        throw new InvalidOperationException($"The model property {property.DeclaringType?.Name}.{property.Name} has a type the schema does not map.");
    }
}
