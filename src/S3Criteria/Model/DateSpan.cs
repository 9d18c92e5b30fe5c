namespace S3Criteria.Model;

/// <summary>A calendar duration of the rule language (<c>years(3)</c>, <c>months(6)</c>, <c>days(30)</c>).</summary>
internal readonly record struct DateSpan(int Years, int Months, int Days)
{
    public static DateOnly? Add(DateOnly? date, DateSpan span, int sign) =>
        date?.AddYears(sign * span.Years).AddMonths(sign * span.Months).AddDays(sign * span.Days);

    public static DateSpan FromYears(decimal? value) => new(ToInt(value), 0, 0);

    public static DateSpan FromMonths(decimal? value) => new(0, ToInt(value), 0);

    public static DateSpan FromDays(decimal? value) => new(0, 0, ToInt(value));

    private static int ToInt(decimal? value) =>
        value is { } v ? (int)decimal.Truncate(v) : throw new InvalidOperationException("A duration needs a number, but the value is missing.");
}
