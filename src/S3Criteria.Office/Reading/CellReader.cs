using System.Globalization;
using System.Text.RegularExpressions;
using S3Criteria.Diagnostics;
using S3Criteria.Office.Layout;
using S3Criteria.Text;

namespace S3Criteria.Office.Reading;

/// <summary>
/// Reads one cell by its column's kind into a document value, in the spelling of a YAML document, so that the binder
/// reads it as it reads YAML. What a cell cannot hold is a located error: a formula, an error value, a date or number
/// typed as text other than the documented lenient spellings (<c>YYYY-MM-DD</c>; digits with at most one decimal point).
/// </summary>
internal sealed partial class CellReader(bool date1904, int maxValueLength, ICollection<Diagnostic> diagnostics)
{
    private static readonly DateOnly Epoch1900 = new(1899, 12, 30);
    private static readonly DateOnly Epoch1904 = new(1904, 1, 1);

    /// <summary>Reads a cell; <see langword="null"/> when it holds no usable value (the problem is reported).</summary>
    public DocumentNode? Read(RawCell cell, WorkbookColumn column, SourceLocation at, string path)
    {
        if (cell.Formula is not null)
        {
            diagnostics.Add(Messages.WorkbookFormula.At(at, path, ("formula", cell.Formula)));
            return null;
        }

        if (cell.Type == "e")
        {
            diagnostics.Add(Messages.WorkbookErrorValue.At(at, path, ("value", cell.Value)));
            return null;
        }

        if (cell.IsTooLong || cell.Value is null)
        {
            diagnostics.Add(Messages.ValueTooLong.At(at, path, ("length", cell.Length), ("limit", maxValueLength)));
            return null;
        }

        if (column.IsList)
        {
            var text = cell.Type == "n" ? NumberText(cell.Value) : cell.Value;
            var items = text.Split(StrategyWorkbook.ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return DocumentNode.List(items.Select(item => Node(item, column.Kind, at)), at);
        }

        var value = Scalar(cell, column.Kind, at, path);
        return value is null ? null : Node(value, column.Kind, at);
    }

    /// <summary>
    /// A number or boolean column gives a plain value, as YAML writes it without quotes, whether the cell held a number
    /// or the documented lenient text; everything else is text.
    /// </summary>
    private static DocumentNode Node(string value, CellKind kind, SourceLocation at) =>
        kind is CellKind.Number or CellKind.WholeNumber or CellKind.Boolean && YScalar.ReadsAsNumberOrBoolean(value)
            ? DocumentNode.Plain(value, at)
            : DocumentNode.Text(value, at);

    private string? Scalar(RawCell cell, CellKind kind, SourceLocation at, string path)
    {
        var value = cell.Value!;
        switch (cell.Type)
        {
            case "b":
                return value.Trim() is "1" or "true" ? "true" : "false";
            case "n":
                return kind == CellKind.Date ? SerialDate(value, at, path) : NumberText(value);
            case "d":
                return kind == CellKind.Date ? IsoDateTime(value, at, path) : value;
        }

        var trimmed = value.Trim();
        switch (kind)
        {
            case CellKind.Text:
                return value;
            case CellKind.Boolean:
                return trimmed.Equals("true", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("false", StringComparison.OrdinalIgnoreCase)
                    ? trimmed.ToLowerInvariant()
                    : trimmed;
            case CellKind.Number or CellKind.WholeNumber:
                if (PlainNumber().IsMatch(trimmed) && !ThousandsGrouped().IsMatch(trimmed))
                {
                    return trimmed;
                }

                diagnostics.Add(Messages.WorkbookNumberAsText.At(at, path, ("value", value)));
                return null;
            case CellKind.Date:
                if (IsoDay().IsMatch(trimmed))
                {
                    return trimmed;
                }

                diagnostics.Add(Messages.WorkbookDateAsText.At(at, path, ("value", value)));
                return null;
            default:
                return trimmed;
        }
    }

    /// <summary>A cell's number in the shortest spelling that reads back as the same double, without an exponent when a decimal can hold it.</summary>
    public static string NumberText(string stored)
    {
        if (!double.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            return stored;
        }

        var shortest = number.ToString("R", CultureInfo.InvariantCulture);
        return decimal.TryParse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact) ? exact.ToString(CultureInfo.InvariantCulture) : shortest;
    }

    private string? SerialDate(string stored, SourceLocation at, string path)
    {
        if (!double.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) || serial < 1 || serial > 2_958_465)
        {
            diagnostics.Add(Messages.WorkbookNumberNotDate.At(at, path, ("value", NumberText(stored))));
            return null;
        }

        if (serial != Math.Floor(serial))
        {
            diagnostics.Add(Messages.WorkbookDateWithTime.At(at, path, ("value", NumberText(stored))));
            return null;
        }

        var days = (int)serial;
        DateOnly date;
        if (date1904)
        {
            date = Epoch1904.AddDays(days);
        }
        else if (days == 60)
        {
            // 1900-02-29, which spreadsheets count although it never was.
            diagnostics.Add(Messages.WorkbookNumberNotDate.At(at, path, ("value", days)));
            return null;
        }
        else
        {
            date = Epoch1900.AddDays(days < 60 ? days + 1 : days);
        }

        return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private string? IsoDateTime(string stored, SourceLocation at, string path)
    {
        var text = stored.Trim();
        if (text.Length >= 10 && IsoDay().IsMatch(text[..10]))
        {
            var time = text[10..].TrimStart('T');
            if (time.Length == 0 || TimeMidnight().IsMatch(time))
            {
                return text[..10];
            }

            diagnostics.Add(Messages.WorkbookDateWithTime.At(at, path, ("value", text)));
            return null;
        }

        diagnostics.Add(Messages.WorkbookDateAsText.At(at, path, ("value", text)));
        return null;
    }

    [GeneratedRegex("^[+-]?[0-9]+(\\.[0-9]+)?$")]
    private static partial Regex PlainNumber();

    /// <summary>Text such as <c>1.000</c> or <c>12.500.000</c>: the point may group thousands, so the number is ambiguous.</summary>
    [GeneratedRegex("^[+-]?[0-9]{1,3}(\\.[0-9]{3})+$")]
    private static partial Regex ThousandsGrouped();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex IsoDay();

    [GeneratedRegex("^00:00(:00(\\.0+)?)?(Z|[+-]00:00)?$")]
    private static partial Regex TimeMidnight();
}
