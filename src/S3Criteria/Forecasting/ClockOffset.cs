using S3Criteria.Model;

namespace S3Criteria.Forecasting;

/// <summary>A duration a rule adds (<see cref="Sign"/> 1) or subtracts (-1) from a date, and the parameter that sets it.</summary>
/// <param name="Span">The duration.</param>
/// <param name="Sign">1 when added, -1 when subtracted.</param>
/// <param name="Parameter">The rule-set parameter that gives the number, or <see langword="null"/> for a literal.</param>
internal readonly record struct ClockOffset(DateSpan Span, int Sign, string? Parameter);
