namespace S3Criteria.Reports;

/// <summary>The verdict on a fulfilment criterion, or on the enabling condition as a whole.</summary>
public enum Verdict
{
    /// <summary>Every applicable rule passed.</summary>
    Fulfilled,

    /// <summary>No blocking rule failed, but advisory rules (good practice, guidance) did.</summary>
    PartiallyFulfilled,

    /// <summary>At least one blocking rule failed.</summary>
    NotFulfilled,

    /// <summary>No rule applies: a "where relevant" criterion the strategy declares no need for.</summary>
    NotApplicable,

    /// <summary>No blocking rule failed, but a blocking rule could not be evaluated: data is missing or the rule failed.</summary>
    CannotAssess,
}
