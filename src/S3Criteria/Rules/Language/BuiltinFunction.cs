namespace S3Criteria.Rules.Language;

/// <summary>A function of the rule language; <see cref="FunctionCatalogue"/> names and describes each one.</summary>
internal enum BuiltinFunction
{
    Count,
    CountDistinct,
    List,
    Exists,
    None,
    Share,
    Sum,
    Years,
    Months,
    Days,
    Year,
    Date,

    /// <summary><c>running(partnership)</c>: whether a partnership is running on the evaluation date (<see cref="Model.Partnership.IsRunningOn"/>).</summary>
    Running,
}
