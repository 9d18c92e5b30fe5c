using System.Text;
using S3Criteria.Office.Layout;

namespace S3Criteria.Office.Writing;

/// <summary>The explanation of a column (its header comment) or a key (its "about" cell): what it holds and how to write it.</summary>
internal static class ColumnHelp
{
    public static string Of(WorkbookColumn column)
    {
        var text = new StringBuilder(column.Description);
        text.Append(column.IsRequired ? " Required." : " Optional.");
        if (column.IsList)
        {
            text.Append(" Several values, separated by ").Append(StrategyWorkbook.ListSeparator).Append(" (a semicolon)");
            text.Append(column.Choices.Count > 0 ? $"; each one of: {string.Join(", ", column.Choices)}." : ".");
        }
        else
        {
            text.Append(column.Kind switch
            {
                CellKind.Choice => $" Choose from the list: {string.Join(", ", column.Choices)}.",
                CellKind.Boolean => " Choose true or false.",
                CellKind.Date => " A date (typed as a date, or as text written YYYY-MM-DD).",
                CellKind.Number => " A number (no thousands separators or currency signs).",
                CellKind.WholeNumber => " A whole number.",
                _ => string.Empty,
            });
        }

        return text.ToString();
    }
}
