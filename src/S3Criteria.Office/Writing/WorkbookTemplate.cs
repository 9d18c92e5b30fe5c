using S3Criteria.Model;

namespace S3Criteria.Office.Writing;

/// <summary>
/// The strategy the template is written from: placeholders for what every strategy must give (id, title, region,
/// period) and nothing else, so that the template loads as "nothing stated yet" and every criterion is "cannot assess".
/// </summary>
internal static class WorkbookTemplate
{
    public static Strategy Strategy { get; } = new()
    {
        Id = "my-region-s3-2021-2027",
        Title = "Smart specialisation strategy of My Region 2021-2027",
        Region = new Region { Code = NutsCode.Parse("ITF4"), Name = "My Region", Category = CohesionCategory.LessDeveloped },
        PeriodStart = 2021,
        PeriodEnd = 2027,
    };
}
