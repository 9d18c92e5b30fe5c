using System.Reflection;

namespace S3Criteria.Model;

/// <summary>
/// The allow-list of what documents and rules can name: the model's kinds and their public properties, in kebab case.
/// Rules reach the model only through this schema; nothing else of .NET is reachable from a rule file.
/// </summary>
internal static class ModelSchema
{
    private static readonly Dictionary<Type, ModelKind> ByType = Build();

    /// <summary>Gets the kind of the document root, the strategy.</summary>
    public static ModelKind Strategy => ByType[typeof(Strategy)];

    /// <summary>Gets the kind of cooperation vehicles, which rule files (not strategy documents) declare.</summary>
    public static ModelKind Vehicle => ByType[typeof(CooperationVehicle)];

    /// <summary>Gets every subject kind a rule can judge, the strategy first, then its collections in document order.</summary>
    /// <remarks>Each names the field that identifies an item (<c>id</c>) and the one reports name it by (<c>name</c> or <c>title</c>).</remarks>
    public static IReadOnlyList<SubjectSchema> Subjects { get; } =
    [
        NewSubject(SubjectKind.Strategy, typeof(Strategy), null, "title"),
        NewSubject(SubjectKind.Priority, typeof(PriorityArea), "priorities", "name"),
        NewSubject(SubjectKind.Partnership, typeof(Partnership), "partnerships", "title"),
        NewSubject(SubjectKind.Stakeholder, typeof(Stakeholder), "stakeholders", "name"),
        NewSubject(SubjectKind.Indicator, typeof(Indicator), "indicators", "name"),
        NewSubject(SubjectKind.Action, typeof(PolicyAction), "actions", "title"),
        NewSubject(SubjectKind.Evidence, typeof(EvidenceDocument), "evidence", "title"),
    ];

    /// <summary>Gets the schema of a subject kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its schema.</returns>
    public static SubjectSchema Subject(SubjectKind kind) => Subjects[(int)kind];

    /// <summary>Finds a subject kind by the name rules use (<c>priority</c>).</summary>
    /// <param name="name">The name.</param>
    /// <param name="subject">The subject kind's schema, when found.</param>
    /// <returns>Whether the name is a subject kind.</returns>
    public static bool TryGetSubject(string name, out SubjectSchema subject)
    {
        subject = Subjects.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal))!;
        return subject is not null;
    }

    /// <summary>Finds the subject kind of an item a rule judged, by its type.</summary>
    /// <param name="item">The strategy or an item of one of its collections.</param>
    /// <param name="subject">The subject kind's schema, when found.</param>
    /// <returns>Whether <paramref name="item"/> is of a subject kind.</returns>
    public static bool TryGetSubjectOf(object item, out SubjectSchema subject)
    {
        subject = Subjects.FirstOrDefault(s => s.Model.ClrType == item.GetType())!;
        return subject is not null;
    }

    /// <summary>Gets the kind of a model type.</summary>
    /// <param name="type">A type of the model, such as <see cref="PriorityArea"/>.</param>
    /// <returns>Its kind.</returns>
    /// <exception cref="KeyNotFoundException"><paramref name="type"/> is not a kind of the model.</exception>
    public static ModelKind KindOf(Type type) => ByType[type];

    /// <summary>Finds the kind of a type, if it is one of the model's.</summary>
    /// <param name="type">The type.</param>
    /// <param name="kind">Its kind, when found.</param>
    /// <returns>Whether <paramref name="type"/> is a kind of the model.</returns>
    public static bool TryGetKind(Type type, out ModelKind kind) => ByType.TryGetValue(type, out kind!);

    private static ModelField Field(ModelKind kind, string name) => kind.TryGetField(name, out var field) ? field : throw new InvalidOperationException(name);

    private static SubjectSchema NewSubject(SubjectKind kind, Type type, string? collection, string name)
    {
        var model = ByType[type];
        return new(kind, model, collection is null ? null : Field(Strategy, collection), Field(model, "id"), Field(model, name));
    }

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
            [typeof(EvidenceDocument)] = "evidence",
            [typeof(CooperationVehicle)] = "vehicle",
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

    private static (DataType Type, bool Optional) TypeOf(PropertyInfo property, Dictionary<Type, ModelKind> kinds, NullabilityInfoContext nullability)
    {
        var clr = property.PropertyType;
        var underlying = Nullable.GetUnderlyingType(clr);
        var optional = underlying is not null || (clr == typeof(string) && nullability.Create(property).ReadState == NullabilityState.Nullable);
        var type = underlying ?? clr;
        if (type == typeof(string) || type == typeof(CountryCode) || type == typeof(NutsCode))
        {
            return (DataType.Text, optional);
        }

        if (type == typeof(decimal) || type == typeof(int))
        {
            return (DataType.Number, optional);
        }

        if (type == typeof(bool))
        {
            return (DataType.Boolean, optional);
        }

        if (type == typeof(DateOnly))
        {
            return (DataType.Date, optional);
        }

        if (type.IsEnum)
        {
            return (DataType.Enum(type), optional);
        }

        if (kinds.TryGetValue(type, out var kind))
        {
            return (DataType.Object(kind), false);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var element = type.GetGenericArguments()[0];
            // A collection of the strategy may be absent from a document (null: "not stated"); lists inside items are not.
            var listOptional = nullability.Create(property).ReadState == NullabilityState.Nullable;
            if (element == typeof(string))
            {
                return (DataType.List(DataType.Text), listOptional);
            }

            if (element == typeof(int))
            {
                return (DataType.WholeNumberList, listOptional);
            }

            return element.IsEnum ? (DataType.List(DataType.Enum(element)), listOptional) : (DataType.List(DataType.Object(kinds[element])), listOptional);
        }

        throw new InvalidOperationException($"The model property {property.DeclaringType?.Name}.{property.Name} has a type the schema does not map.");
    }
}
