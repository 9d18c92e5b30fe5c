namespace S3Criteria.Reports;

/// <summary>
/// The verdict on a fulfilment criterion, or on the enabling condition as a whole. There is no partial verdict: a
/// criterion is met or not, and "an enabling condition is fulfilled where all the related criteria are met"
/// (Regulation (EU) 2021/1060, Article 15(2)). Advisory and info findings are improvements shown beside a verdict.
/// </summary>
public enum Verdict
{
    /// <summary>Every blocking rule passed on data the document gives.</summary>
    Fulfilled,

    /// <summary>At least one blocking rule failed.</summary>
    NotFulfilled,

    /// <summary>A "where relevant" criterion (5 or 6) the document states is not relevant, with a justification.</summary>
    NotApplicable,

    /// <summary>No blocking rule failed, but one needs data the document does not give, or could not be evaluated.</summary>
    CannotAssess,
}
