namespace S3Criteria.Rules.Language;

/// <summary>How a function of the rule language is written.</summary>
internal enum FunctionForm
{
    /// <summary>With one argument: <c>years(3)</c>, <c>year(d)</c>, <c>date('2027-12-31')</c>.</summary>
    Call,

    /// <summary>Over the items of a collection: <c>exists(p in partnerships where …)</c>.</summary>
    Items,

    /// <summary>Over a value of each item: <c>sum(p.funding for p in partnerships where …)</c>.</summary>
    Values,

    /// <summary>Either with a list argument, <c>count(priority.domains)</c>, or over the items of a collection.</summary>
    CallOrItems,
}
