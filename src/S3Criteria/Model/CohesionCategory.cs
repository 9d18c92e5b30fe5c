namespace S3Criteria.Model;

/// <summary>
/// The category of a NUTS 2 region for the Investment for Jobs and Growth goal in 2021-2027
/// (Regulation (EU) 2021/1060, Article 108(2)), by GDP per head in PPS against the EU-27 average.
/// </summary>
public enum CohesionCategory
{
    /// <summary>GDP per head below 75 % of the EU-27 average.</summary>
    LessDeveloped,

    /// <summary>GDP per head between 75 % and 100 % of the EU-27 average.</summary>
    Transition,

    /// <summary>GDP per head above 100 % of the EU-27 average.</summary>
    MoreDeveloped,
}
