namespace S3Criteria.Rules;

/// <summary>
/// How much a finding matters, in increasing order. Legal non-compliance (<see cref="Blocking"/>) stays distinct from
/// good-practice advice (<see cref="Advisory"/>).
/// </summary>
public enum Severity
{
    /// <summary>Information for the reader; never affects a verdict.</summary>
    Info,

    /// <summary>Good practice or guidance not followed: an improvement, which never changes the criterion's verdict.</summary>
    Advisory,

    /// <summary>A fulfilment criterion of the regulation is not met; the criterion is not fulfilled.</summary>
    Blocking,
}
