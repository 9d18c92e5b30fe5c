namespace S3Criteria.Diagnostics;

/// <content>
/// Messages of reading and writing strategy workbooks (.xlsx, the <c>S3Criteria.Office</c> package; kept in this one
/// catalogue with every other document message, so that an officer's messages are translated in one place).
/// <c>{sheet}</c> is a sheet's name, <c>{column}</c> a column's header (a field name), <c>{suggestion}</c> a "Did you
/// mean ...? " or nothing.
/// </content>
internal static partial class Messages
{
    public static readonly Message WorkbookNotText = new(DiagnosticCodes.WorkbookNotReadable, "documents.workbook-not-text", "The file is a spreadsheet workbook, not a YAML or JSON text: read .xlsx workbooks with the S3Criteria.Office package (StrategyWorkbook.TryLoad) or the s3criteria command.");

    public static readonly Message WorkbookNotZip = new(DiagnosticCodes.WorkbookNotReadable, "workbook.not-zip", "The file is not an .xlsx workbook (an .xlsx file is a ZIP package): {reason}");

    public static readonly Message WorkbookEncrypted = new(DiagnosticCodes.WorkbookNotReadable, "workbook.encrypted", "The workbook is protected with a password (encrypted), so it cannot be read: save a copy without the password and check that copy.");

    public static readonly Message WorkbookLegacyXls = new(DiagnosticCodes.WorkbookNotReadable, "workbook.legacy-xls", "The file is an Excel 97-2003 workbook (.xls) or another OLE document, not an .xlsx workbook: save it as an Excel Workbook (.xlsx).");

    public static readonly Message WorkbookCorrupt = new(DiagnosticCodes.WorkbookNotReadable, "workbook.corrupt", "The workbook cannot be read, it is damaged or not an .xlsx workbook: {reason}");

    public static readonly Message WorkbookTooManyParts = new(DiagnosticCodes.LimitExceeded, "workbook.too-many-parts", "The workbook's package holds {count} parts; the limit is {limit}.");

    public static readonly Message WorkbookInflatesTooMuch = new(DiagnosticCodes.LimitExceeded, "workbook.inflates-too-much", "The workbook's content inflates to more than {limit} bytes (the limit for a document); it was not read further. A small file that inflates this much is a ZIP bomb or not a strategy workbook.");

    public static readonly Message WorkbookMissingSheet = new(DiagnosticCodes.WorkbookLayout, "workbook.missing-sheet", "The workbook has no sheet '{sheet}', which every strategy workbook needs. {suggestion}Its sheets: {sheets}.");

    public static readonly Message WorkbookSheetNotRead = new(DiagnosticCodes.WorkbookLayout, "workbook.sheet-not-read", "The sheet '{sheet}' is not a sheet of the strategy workbook, so it is not read. {suggestion}Rename it, or give it a name far from the sheets' names.");

    public static readonly Message WorkbookNoHeader = new(DiagnosticCodes.WorkbookLayout, "workbook.no-header", "The {sheet} sheet holds values but its first row is empty: row 1 names the columns ({columns}).");

    public static readonly Message WorkbookUnknownColumn = new(DiagnosticCodes.UnknownKey, "workbook.unknown-column", "Unknown column '{column}' in the {sheet} sheet. {suggestion}Columns of this sheet: {columns}.");

    public static readonly Message WorkbookMissingColumn = new(DiagnosticCodes.MissingKey, "workbook.missing-column", "The {sheet} sheet has no column '{column}' ({expected}), which every row needs: add it to the header row, here.");

    public static readonly Message WorkbookDuplicateColumn = new(DiagnosticCodes.DuplicateKey, "workbook.duplicate-column", "The column '{column}' is already in {first}; give each column once.");

    public static readonly Message WorkbookColumnWithoutHeader = new(DiagnosticCodes.WorkbookLayout, "workbook.column-without-header", "Column {column} of the {sheet} sheet holds values but has no header: name the field in row 1, or clear the column.");

    public static readonly Message WorkbookUnknownKey = new(DiagnosticCodes.UnknownKey, "workbook.unknown-key", "Unknown key '{key}' in the Strategy sheet. {suggestion}Keys of this sheet: {keys}.");

    public static readonly Message WorkbookDuplicateKey = new(DiagnosticCodes.DuplicateKey, "workbook.duplicate-key", "The key '{key}' is already in {first}; give each key once.");

    public static readonly Message WorkbookValueWithoutKey = new(DiagnosticCodes.WorkbookLayout, "workbook.value-without-key", "Row {row} of the Strategy sheet has a value but no key in column A.");

    public static readonly Message WorkbookMergedCells = new(DiagnosticCodes.WorkbookLayout, "workbook.merged-cells", "The cells {range} are merged; unmerge them and give each cell its own value.");

    public static readonly Message WorkbookEmptyRow = new(DiagnosticCodes.WorkbookLayout, "workbook.empty-row", "Row {row} of the {sheet} sheet is empty, but rows below it hold values: delete the empty rows, so that the table is one block of rows.");

    public static readonly Message WorkbookSecondTable = new(DiagnosticCodes.WorkbookLayout, "workbook.second-table", "A second table starts in row {row} of the {sheet} sheet (it repeats the header row), and its rows are not read: a sheet holds one table; move its rows into the first table.");

    public static readonly Message WorkbookTooManyRows = new(DiagnosticCodes.LimitExceeded, "workbook.too-many-rows", "The {sheet} sheet has more than {limit} rows of values (the limit).");

    public static readonly Message WorkbookFormula = new(DiagnosticCodes.WorkbookCell, "workbook.formula", "The cell holds a formula (={formula}); formulas are not read, because their result may be out of date: replace it by its value (copy, then paste values only).");

    public static readonly Message WorkbookErrorValue = new(DiagnosticCodes.WorkbookCell, "workbook.error-value", "The cell holds the error value {value}; replace it by a value.");

    public static readonly Message WorkbookDateAsText = new(DiagnosticCodes.WorkbookCell, "workbook.date-as-text", "'{value}' is text, not a date: type the date as a date, or as text written YYYY-MM-DD.");

    public static readonly Message WorkbookDateWithTime = new(DiagnosticCodes.WorkbookCell, "workbook.date-with-time", "The date cell holds a time of day as well ({value}); give the date only.");

    public static readonly Message WorkbookNumberNotDate = new(DiagnosticCodes.WorkbookCell, "workbook.number-not-date", "{value} is not a date the workbook can hold; type the date as a date, or as text written YYYY-MM-DD.");

    public static readonly Message WorkbookNumberAsText = new(DiagnosticCodes.WorkbookCell, "workbook.number-as-text", "'{value}' is text, not a number: type the number as a number, without thousands separators, spaces or a currency sign.");

    public static readonly Message WorkbookNoneWithRows = new(DiagnosticCodes.WorkbookLayout, "workbook.none-with-rows", "'none' states that the strategy has no {key}, but the {sheet} sheet lists {count}: clear 'none', or delete the rows.");

    public static readonly Message WorkbookCollectionState = new(DiagnosticCodes.InvalidValue, "workbook.collection-state", "'{value}' is not understood here: write none when the strategy has no {key}, or leave the cell empty and list them in the {sheet} sheet.");

    public static readonly Message WorkbookKeyConflict = new(DiagnosticCodes.WorkbookLayout, "workbook.key-conflict", "'{key}' is given as one value and as a group of values ('{other}'); keep one of them.");

    public static readonly Message WorkbookValueNotWritable = new(DiagnosticCodes.InvalidValue, "workbook.value-not-writable", "'{value}' cannot be written in a cell without loss: a text must not be empty or only spaces, and an item of a list must not hold the list separator ';' nor start or end with spaces.");
}
