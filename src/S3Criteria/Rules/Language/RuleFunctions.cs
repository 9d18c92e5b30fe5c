using S3Criteria.Model;

namespace S3Criteria.Rules.Language;

/// <summary>
/// The only methods compiled rules call, besides the model's own property getters. Kept small on purpose: this list is
/// what a rule file can reach.
/// </summary>
/// <remarks>
/// Every loop counts the items it visits against the <see cref="WorkMeter"/> of the evaluation, for the rule whose
/// index the binder compiled into the call (<c>rule</c>), and stops when the rule has used its budget; the evaluator
/// then reports the rule as an error, so what such a loop returns is never used.
/// </remarks>
internal static class RuleFunctions
{
    public static decimal? Count<T>(IReadOnlyList<T> items, Func<T, bool>? predicate, int rule)
    {
        if (predicate is null)
        {
            return items.Count;
        }

        var meter = WorkMeter.Current;
        var count = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (meter is not null && !meter.Step(rule))
            {
                break;
            }

            if (predicate(items[i]))
            {
                count++;
            }
        }

        return count;
    }

    public static bool Any<T>(IReadOnlyList<T> items, Func<T, bool>? predicate, int rule)
    {
        if (predicate is null)
        {
            return items.Count > 0;
        }

        var meter = WorkMeter.Current;
        for (var i = 0; i < items.Count; i++)
        {
            if (meter is not null && !meter.Step(rule))
            {
                break;
            }

            if (predicate(items[i]))
            {
                return true;
            }
        }

        return false;
    }

    public static decimal? Share<T>(IReadOnlyList<T> items, Func<T, bool>? predicate, int rule)
    {
        if (items.Count == 0)
        {
            throw new InvalidOperationException("A share of an empty collection cannot be computed: there is nothing to divide by.");
        }

        return Count(items, predicate, rule) / items.Count;
    }

    public static decimal? Sum<T>(IReadOnlyList<T> items, Func<T, bool>? predicate, Func<T, decimal?> selector, int rule)
    {
        var meter = WorkMeter.Current;
        decimal sum = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (meter is not null && !meter.Step(rule))
            {
                break;
            }

            if ((predicate is null || predicate(items[i])) && selector(items[i]) is { } value)
            {
                sum += value;
            }
        }

        return sum;
    }

    public static decimal? CountDistinct<T>(IReadOnlyList<T> items, Func<T, bool>? predicate, Func<T, object?> selector, int rule)
    {
        var meter = WorkMeter.Current;
        var values = new HashSet<object>();
        for (var i = 0; i < items.Count; i++)
        {
            if (meter is not null && !meter.Step(rule))
            {
                break;
            }

            if ((predicate is null || predicate(items[i])) && selector(items[i]) is { } value)
            {
                values.Add(value);
            }
        }

        return values.Count;
    }

    /// <summary>The distinct values, formatted as reports show them, in first-seen order.</summary>
    public static IReadOnlyList<string> List<T>(IReadOnlyList<T> items, Func<T, bool>? predicate, Func<T, object?> selector, int rule)
    {
        var meter = WorkMeter.Current;
        var values = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (meter is not null && !meter.Step(rule))
            {
                break;
            }

            if ((predicate is null || predicate(items[i])) && selector(items[i]) is { } value)
            {
                var text = ValueFormatter.Format(value);
                if (seen.Add(text))
                {
                    values.Add(text);
                }
            }
        }

        return values;
    }

    public static bool Contains(IReadOnlyList<string> items, string? value, int rule)
    {
        var meter = WorkMeter.Current;
        for (var i = 0; i < items.Count; i++)
        {
            if (meter is not null && !meter.Step(rule))
            {
                break;
            }

            if (string.Equals(items[i], value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool ContainsValue<T>(IReadOnlyList<T> items, T? value, int rule)
        where T : struct, Enum
    {
        if (value is not { } wanted)
        {
            return false;
        }

        var meter = WorkMeter.Current;
        for (var i = 0; i < items.Count; i++)
        {
            if (meter is not null && !meter.Step(rule))
            {
                break;
            }

            if (EqualityComparer<T>.Default.Equals(items[i], wanted))
            {
                return true;
            }
        }

        return false;
    }

    public static decimal? Year(DateOnly? date) => date?.Year;

    public static bool IsPresent(string? text) => !string.IsNullOrWhiteSpace(text);
}
