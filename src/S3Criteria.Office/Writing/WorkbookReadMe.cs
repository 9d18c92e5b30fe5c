using S3Criteria.Office.Layout;

namespace S3Criteria.Office.Writing;

/// <summary>The text of the Read me sheet: how to fill in the workbook and how it is read.</summary>
internal static class WorkbookReadMe
{
    public static IReadOnlyList<string> Lines(WorkbookLayout layout) =>
    [
        "S3Criteria strategy workbook",
        "This workbook describes a smart specialisation strategy, to be checked against enabling condition 1.1 (Regulation (EU) 2021/1060, Annex IV) with: s3criteria check strategy.xlsx",
        "Fill it in stage by stage. Most of what is not given yet is reported as \"cannot assess\", with the data to add named; only the body that manages the strategy and its monitoring system (criteria 2 and 3) are reported as not named until you give them, since naming them is what those criteria ask.",
        string.Empty,
        "The sheets",
        $"{WorkbookLayout.StrategySheet}: one key per row in column A, its value in column B; column C explains the key. Leave a value empty when it is not known. Keys with a dot (region.code) belong to a block (region).",
        .. layout.Sheets.Select(sheet => sheet.Parent is null
            ? $"{sheet.Name}: one {sheet.Kind.Name} per row; row 1 names the columns (point at a column's name for its explanation)."
            : $"{sheet.Name}: one {sheet.Kind.Name} per row; its first column, {sheet.ParentColumn!.Name}, holds the id of the {sheet.Parent.Kind.Name} in the {sheet.Parent.Name} sheet it belongs to."),
        $"{WorkbookLayout.ReadMeSheet}: this sheet. It is not read, nor is any other sheet whose name is not one of the above.",
        string.Empty,
        "How values are written",
        "Columns whose name is in bold on a grey background are headers: do not rename them. The columns may be in any order, and an optional column may be deleted.",
        "Drop-downs give the values of every choice (an instrument, a status, a helix, a category): choose from them.",
        "Dates: type them as dates, or as text written YYYY-MM-DD. Numbers: type them as numbers, without thousands separators or currency signs.",
        $"Several values in one cell (a partnership's priorities, a priority's domains, the criteria an evidence document supports) are separated by a semicolon: agri-food{StrategyWorkbook.ListSeparator} health.",
        "Links between sheets use ids: a priority's id in the Priorities sheet is what a partnership names in its priorities column. Each id must be unique in its sheet, and every id named must exist.",
        "Values must be typed, not computed: a cell with a formula is an error (copy it, then paste the values only). Do not merge cells, leave empty rows inside a table, or put a second table below the first.",
        string.Empty,
        "Not stated, or none",
        "A sheet with no rows (as in the template) means the strategy does not state that collection yet: the rules that need it cannot assess.",
        "To state that the strategy has none (no partnerships, say), write none in column B of the collection's row (partnerships) in the Strategy sheet, and leave its sheet without rows.",
        string.Empty,
        "Other formats",
        "s3criteria convert strategy.xlsx strategy.yaml writes the same strategy as YAML (and back, or to JSON) without loss.",
    ];
}
