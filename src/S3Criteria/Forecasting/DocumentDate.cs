namespace S3Criteria.Forecasting;

/// <summary>A date a strategy document gives, where it gives it, and what it belongs to.</summary>
/// <param name="Path">The document path of the value, such as <c>partnerships[2].end</c>.</param>
/// <param name="Field">The kebab-case field name, such as <c>end</c>.</param>
/// <param name="Owner">The strategy, or the item of one of its collections the value belongs to.</param>
/// <param name="Value">The date; for a year field, the first or the last day of the year.</param>
/// <param name="Year">The year, for a year field (<c>target-year</c>); <see langword="null"/> for a date.</param>
internal sealed record DocumentDate(string Path, string Field, object Owner, DateOnly Value, int? Year);
