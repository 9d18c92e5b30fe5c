using S3Criteria.Model;

namespace S3Criteria.Rules.Language;

/// <summary>
/// The functions of the rule language, in the order messages list them: the only place that names them. The parser
/// reads aggregates by it and the binder checks calls against it.
/// </summary>
internal static class FunctionCatalogue
{
    /// <summary>Gets every function, in the order messages list them.</summary>
    public static IReadOnlyList<FunctionInfo> All { get; } =
    [
        new(BuiltinFunction.Count, "count", FunctionForm.CallOrItems, DataType.Number),
        new(BuiltinFunction.CountDistinct, "count-distinct", FunctionForm.Values, DataType.Number),
        new(BuiltinFunction.List, "list", FunctionForm.Values, DataType.List(DataType.Text)),
        new(BuiltinFunction.Exists, "exists", FunctionForm.Items, DataType.Boolean),
        new(BuiltinFunction.None, "none", FunctionForm.Items, DataType.Boolean),
        new(BuiltinFunction.Share, "share", FunctionForm.Items, DataType.Number),
        new(BuiltinFunction.Sum, "sum", FunctionForm.Values, DataType.Number),
        new(BuiltinFunction.Years, "years", FunctionForm.Call, DataType.Duration),
        new(BuiltinFunction.Months, "months", FunctionForm.Call, DataType.Duration),
        new(BuiltinFunction.Days, "days", FunctionForm.Call, DataType.Duration),
        new(BuiltinFunction.Year, "year", FunctionForm.Call, DataType.Number),
        new(BuiltinFunction.Date, "date", FunctionForm.Call, DataType.Date),
        new(BuiltinFunction.Running, "running", FunctionForm.Call, DataType.Boolean),
    ];

    /// <summary>Gets the names of every function, in the order messages list them.</summary>
    public static IEnumerable<string> Names => All.Select(function => function.Name);

    /// <summary>Gets the description of <paramref name="function"/>.</summary>
    public static FunctionInfo Get(BuiltinFunction function) => All.First(f => f.Function == function);

    /// <summary>Finds a function by the name rules call it by.</summary>
    public static bool TryFind(string name, out FunctionInfo function)
    {
        function = All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal))!;
        return function is not null;
    }
}
