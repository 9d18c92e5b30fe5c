using S3Criteria.Localization;

namespace S3Criteria.Forecasting;

/// <summary>
/// A calendar offset a rule puts between a date of the document and the day it changes a result: the accepted age of
/// the analysis (<c>+3 years</c>), a warning period (<c>-12 months</c>), or none.
/// </summary>
/// <threadsafety static="true" instance="true"/>
public sealed class DateOffset : IEquatable<DateOffset>
{
    internal DateOffset(int years, int months, int days)
    {
        Years = years;
        Months = months;
        Days = days;
    }

    /// <summary>Gets the offset of no time.</summary>
    public static DateOffset None { get; } = new(0, 0, 0);

    /// <summary>Gets the years, negative before the date.</summary>
    public int Years { get; }

    /// <summary>Gets the months, negative before the date.</summary>
    public int Months { get; }

    /// <summary>Gets the days, negative before the date.</summary>
    public int Days { get; }

    /// <summary>Gets a value indicating whether the offset is no time.</summary>
    public bool IsNone => Years == 0 && Months == 0 && Days == 0;

    /// <summary>Returns the offset in words, such as <c>+3 years -12 months</c>; empty for no time.</summary>
    /// <returns>The words.</returns>
    public override string ToString() => ToString(Labels.English);

    /// <summary>Returns the offset in words of <paramref name="labels"/>' language (<c>+3 anni -12 mesi</c>); empty for no time.</summary>
    internal string ToString(Labels labels)
    {
        var parts = new List<string>(3);
        void Part(int count, string unit)
        {
            if (count != 0)
            {
                var size = Math.Abs(count);
                parts.Add((count > 0 ? "+" : "-") + labels.Format($"forecast.offset.{unit}{(size == 1 ? string.Empty : "s")}", ("count", size)));
            }
        }

        Part(Years, "year");
        Part(Months, "month");
        Part(Days, "day");
        return string.Join(' ', parts);
    }

    /// <inheritdoc/>
    public bool Equals(DateOffset? other) => other is not null && Years == other.Years && Months == other.Months && Days == other.Days;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DateOffset);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Years, Months, Days);
}
