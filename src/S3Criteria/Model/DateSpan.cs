namespace S3Criteria.Model;

/// <summary>
/// A calendar duration of the rule language (<c>years(3)</c>, <c>months(6)</c>, <c>days(30)</c>). It sits in the model
/// beside <see cref="DataType"/>, whose <see cref="DataType.Duration"/> values it is; adding it to a date adds years,
/// then months, then days, as <see cref="DateOnly"/> does.
/// </summary>
internal readonly record struct DateSpan(int Years, int Months, int Days)
{
    /// <summary>Adds a duration to a date, or subtracts it when <paramref name="sign"/> is -1; a missing date stays missing.</summary>
    /// <param name="date">The date.</param>
    /// <param name="span">The duration.</param>
    /// <param name="sign">1 to add, -1 to subtract.</param>
    /// <returns>The date moved, or <see langword="null"/>.</returns>
    public static DateOnly? Add(DateOnly? date, DateSpan span, int sign) =>
        date?.AddYears(sign * span.Years).AddMonths(sign * span.Months).AddDays(sign * span.Days);

    /// <summary>Gets a duration of whole years; a fraction is dropped.</summary>
    /// <param name="value">The number of years.</param>
    /// <returns>The duration.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="value"/> is missing.</exception>
    public static DateSpan FromYears(decimal? value) => new(ToInt(value), 0, 0);

    /// <summary>Gets a duration of whole months; a fraction is dropped.</summary>
    /// <param name="value">The number of months.</param>
    /// <returns>The duration.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="value"/> is missing.</exception>
    public static DateSpan FromMonths(decimal? value) => new(0, ToInt(value), 0);

    /// <summary>Gets a duration of whole days; a fraction is dropped.</summary>
    /// <param name="value">The number of days.</param>
    /// <returns>The duration.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="value"/> is missing.</exception>
    public static DateSpan FromDays(decimal? value) => new(0, 0, ToInt(value));

    private static int ToInt(decimal? value) =>
        value is { } v ? (int)decimal.Truncate(v) : throw new InvalidOperationException("A duration needs a number, but the value is missing.");
}
