namespace S3Criteria.Model;

/// <summary>
/// Whether a region is a "lagging" (catching-up) region in the sense of the Commission's 2017 report
/// SWD(2017) 132. This is independent of <see cref="CohesionCategory"/>: a less developed region need not be lagging.
/// </summary>
public enum LaggingType
{
    /// <summary>Not a lagging region.</summary>
    None,

    /// <summary>GDP per head below 50 % of the EU average in 2013 (regions in Bulgaria, Romania, Hungary and Poland).</summary>
    LowIncome,

    /// <summary>
    /// A less developed or transition region with GDP per head up to 90 % of the EU average that did not converge
    /// between 2000 and 2013 (regions in Greece, Spain, Italy and Portugal).
    /// </summary>
    LowGrowth,
}
