using S3Criteria.Model;

namespace S3Criteria.Rules.Language;

/// <summary>One function of the rule language, as <see cref="FunctionCatalogue"/> lists it.</summary>
/// <param name="Function">The function.</param>
/// <param name="Name">The name rules call it by.</param>
/// <param name="Form">How it is written.</param>
/// <param name="Returns">The type of its result.</param>
internal sealed record FunctionInfo(BuiltinFunction Function, string Name, FunctionForm Form, DataType Returns)
{
    /// <summary>Gets a value indicating whether the function takes one plain argument, as in <c>years(3)</c>.</summary>
    public bool IsCallable => Form is FunctionForm.Call or FunctionForm.CallOrItems;

    /// <summary>Gets a value indicating whether the function goes through a collection, as in <c>count(p in partnerships)</c>.</summary>
    public bool IsAggregate => Form is not FunctionForm.Call;

    /// <summary>Gets a value indicating whether the aggregate takes a value of each item, as in <c>sum(p.funding for p in …)</c>.</summary>
    public bool TakesValue => Form == FunctionForm.Values;
}
