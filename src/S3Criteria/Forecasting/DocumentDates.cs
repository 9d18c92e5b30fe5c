using System.Collections;
using System.Globalization;
using S3Criteria.Model;

namespace S3Criteria.Forecasting;

/// <summary>
/// Finds every date a strategy gives, through the model schema: date fields (<c>analysis.updated</c>,
/// <c>partnerships[i].end</c>, <c>evidence[i].date</c>...) and year fields (<c>indicators[i].target-year</c>,
/// <c>period-end</c>), at any depth, with their document paths.
/// </summary>
internal static class DocumentDates
{
    /// <summary>Gets every date and year field of the model, with the kind it belongs to.</summary>
    /// <returns>The fields, each once.</returns>
    public static IReadOnlyList<ModelField> DateFields()
    {
        var fields = new List<ModelField>();
        var seen = new HashSet<ModelKind>();
        Collect(ModelSchema.Strategy, seen, fields);
        return fields;
    }

    /// <summary>Gets every date the strategy gives, in document order.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <returns>The dates; a year field gives two, its first and its last day.</returns>
    public static IReadOnlyList<DocumentDate> Of(Strategy strategy)
    {
        var dates = new List<DocumentDate>();
        Walk(strategy, ModelSchema.Strategy, string.Empty, strategy, dates);
        return dates;
    }

    /// <summary>Tells whether a field holds a year: a whole number named <c>…-year</c>, or the programming period's bounds.</summary>
    internal static bool IsYearField(ModelField field) =>
        (Nullable.GetUnderlyingType(field.Property.PropertyType) ?? field.Property.PropertyType) == typeof(int)
        && (field.Name.EndsWith("year", StringComparison.Ordinal) || field.Name is "period-start" or "period-end");

    private static void Collect(ModelKind kind, HashSet<ModelKind> seen, List<ModelField> fields)
    {
        if (!seen.Add(kind))
        {
            return;
        }

        foreach (var field in kind.Fields)
        {
            if (field.Type.Kind == DataTypeKind.Date || IsYearField(field))
            {
                fields.Add(field);
            }
            else if ((field.Type.Model ?? field.Type.Element?.Model) is { } inner)
            {
                Collect(inner, seen, fields);
            }
        }
    }

    private static void Walk(object item, ModelKind kind, string path, object owner, List<DocumentDate> dates)
    {
        foreach (var field in kind.Fields)
        {
            if (!field.IsSettable)
            {
                continue;
            }

            var value = field.Property.GetValue(item);
            var at = path.Length == 0 ? field.Name : $"{path}.{field.Name}";
            switch (value)
            {
                case DateOnly date:
                    dates.Add(new DocumentDate(at, field.Name, owner, date, null));
                    break;
                case int year when IsYearField(field) && year is >= 1 and <= 9999:
                    dates.Add(new DocumentDate(at, field.Name, owner, new DateOnly(year, 1, 1), year));
                    dates.Add(new DocumentDate(at, field.Name, owner, new DateOnly(year, 12, 31), year));
                    break;
                case not null when field.Type.Kind == DataTypeKind.Object:
                    Walk(value, field.Type.Model!, at, owner, dates);
                    break;
                case IEnumerable list when field.Type.Element?.Model is { } element:
                    var i = 0;
                    foreach (var child in list)
                    {
                        var itemPath = string.Create(CultureInfo.InvariantCulture, $"{at}[{i++}]");
                        if (child is not null)
                        {
                            Walk(child, element, itemPath, ModelSchema.TryGetSubjectOf(child, out _) ? child : owner, dates);
                        }
                    }

                    break;
            }
        }
    }
}
