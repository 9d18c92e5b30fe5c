using System.Linq.Expressions;
using S3Criteria.Model;

namespace S3Criteria.Rules.Language;

/// <summary>
/// The names an expression of one rule can use, innermost first: the items of enclosing aggregates, the subject, the
/// rule's lets, the rule set's parameters, and the built-in names (<c>strategy</c>, <c>today</c>, the strategy's
/// collections, <c>vehicles</c>).
/// </summary>
internal sealed class NameScope
{
    private const string StrategyName = "strategy";
    private const string TodayName = "today";
    private const string VehiclesName = "vehicles";

    private readonly Dictionary<string, Typed> _lets = new(StringComparer.Ordinal);
    private readonly List<(string Name, Typed Value)> _locals = [];
    private readonly IReadOnlyDictionary<string, ParameterValue> _parameters;
    private readonly IReadOnlyList<CooperationVehicle> _vehicles;

    public NameScope(ModelKind? subjectKind, string? subjectName, IReadOnlyDictionary<string, ParameterValue> parameters, IReadOnlyList<CooperationVehicle> vehicles)
    {
        _parameters = parameters;
        _vehicles = vehicles;
        Scope = Expression.Parameter(typeof(EvaluationScope), "scope");
        if (subjectKind is not null)
        {
            SubjectName = subjectName;
            Subject = Expression.Parameter(subjectKind.ClrType, "subject");
            SubjectKind = subjectKind;
        }
    }

    /// <summary>Gets the parameter of compiled expressions that stands for the <see cref="EvaluationScope"/>.</summary>
    public ParameterExpression Scope { get; }

    /// <summary>Gets the parameter of compiled expressions that stands for the subject, if the rule has one.</summary>
    public ParameterExpression? Subject { get; }

    public ModelKind? SubjectKind { get; }

    public string? SubjectName { get; }

    /// <summary>Gets the parameters the resolved names used.</summary>
    public HashSet<string> UsedParameters { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets an expression that reads the strategy from the scope.</summary>
    public Expression Strategy => Expression.Property(Scope, nameof(EvaluationScope.Strategy));

    public void DefineLet(string name, Typed value) => _lets[name] = value;

    /// <summary>Gets a value indicating whether <paramref name="name"/> names a let, a parameter, a built-in name or the subject.</summary>
    public bool IsNameTaken(string name) => IsNameTakenLocally(name) || IsGlobal(name);

    /// <summary>Gets a value indicating whether <paramref name="name"/> names a let, a parameter or the subject.</summary>
    public bool IsNameTakenLocally(string name) =>
        _lets.ContainsKey(name) || _parameters.ContainsKey(name) || string.Equals(name, SubjectName, StringComparison.Ordinal);

    /// <summary>Gets a value indicating whether <paramref name="name"/> names an item of an enclosing aggregate.</summary>
    public bool IsLocal(string name) => _locals.Any(l => l.Name == name);

    /// <summary>Makes <paramref name="name"/> stand for <paramref name="value"/> until <see cref="PopLocal"/>.</summary>
    public void PushLocal(string name, Typed value) => _locals.Add((name, value));

    public void PopLocal() => _locals.RemoveAt(_locals.Count - 1);

    /// <summary>Resolves a name, innermost first; a parameter it resolves to counts as used.</summary>
    public bool TryResolve(string name, out Typed typed)
    {
        for (var i = _locals.Count - 1; i >= 0; i--)
        {
            if (string.Equals(_locals[i].Name, name, StringComparison.Ordinal))
            {
                typed = _locals[i].Value;
                return true;
            }
        }

        if (Subject is not null && string.Equals(name, SubjectName, StringComparison.Ordinal))
        {
            typed = new Typed(DataType.Object(SubjectKind!), Subject, Path: name);
            return true;
        }

        if (_lets.TryGetValue(name, out typed!))
        {
            return true;
        }

        if (_parameters.TryGetValue(name, out var parameter))
        {
            UsedParameters.Add(name);
            typed = new Typed(parameter.Type, Expression.Constant(parameter.Value, parameter.Type.ClrType), parameter.Value);
            return true;
        }

        return TryResolveGlobal(name, out typed);
    }

    /// <summary>Gets every name available here, in the order a message lists them.</summary>
    public List<string> CandidateNames()
    {
        var names = new List<string>();
        names.AddRange(_locals.Select(l => l.Name).Reverse());
        if (SubjectName is not null)
        {
            names.Add(SubjectName);
        }

        names.AddRange(_lets.Keys);
        names.AddRange(_parameters.Keys.Order(StringComparer.Ordinal));
        names.Add(StrategyName);
        names.Add(TodayName);
        names.AddRange(ModelSchema.Subjects.Where(s => s.Collection is not null).Select(s => s.Collection!.Name));
        names.Add(VehiclesName);
        return [.. names.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// A list the document may leave out (a collection of the strategy): read as empty when absent, with the test of
    /// whether it is stated as its presence, so that a rule reading it cannot assess instead of counting nothing.
    /// </summary>
    internal static Typed StatedList(Expression list, ModelField field, string? path)
    {
        if (!field.IsOptional)
        {
            return new Typed(field.Type, list, Path: path);
        }

        var empty = Expression.Constant(Array.CreateInstance(list.Type.GetGenericArguments()[0], 0), list.Type);
        var stated = Expression.NotEqual(list, Expression.Constant(null, list.Type));
        return new Typed(field.Type, Expression.Coalesce(list, empty), Path: path, Presence: stated);
    }

    /// <summary>Gets a value indicating whether <paramref name="typed"/> is a list the document may leave out.</summary>
    internal static bool IsStatedList(Typed typed) => typed.Type.Kind == DataTypeKind.List && typed.Presence is not null;

    private static bool IsGlobal(string name) => name is StrategyName or TodayName or VehiclesName || IsCollection(name, out _);

    /// <summary>Gets a value indicating whether <paramref name="name"/> is a collection of the strategy, such as <c>partnerships</c>.</summary>
    private static bool IsCollection(string name, out ModelField field) =>
        ModelSchema.Strategy.TryGetField(name, out field!) && field.Type.Kind == DataTypeKind.List && field.Type.Element!.Kind == DataTypeKind.Object;

    private bool TryResolveGlobal(string name, out Typed typed)
    {
        var strategy = Strategy;
        switch (name)
        {
            case StrategyName:
                typed = new Typed(DataType.Object(ModelSchema.Strategy), strategy, Path: StrategyName);
                return true;
            case TodayName:
                typed = new Typed(DataType.Date, Expression.Convert(Expression.Property(Scope, nameof(EvaluationScope.Today)), typeof(DateOnly?)));
                return true;
            case VehiclesName:
                typed = new Typed(DataType.List(DataType.Object(ModelSchema.Vehicle)), Expression.Constant(_vehicles, typeof(IReadOnlyList<CooperationVehicle>)));
                return true;
        }

        if (IsCollection(name, out var field))
        {
            typed = StatedList(Expression.Property(strategy, field.Property), field, name);
            return true;
        }

        typed = null!;
        return false;
    }
}
