namespace S3Criteria.Office.Reading;

/// <summary>Stops reading a workbook whose parts inflate past the budget; the reader turns it into its diagnostic.</summary>
internal sealed class WorkbookLimitException : Exception
{
    public WorkbookLimitException()
        : base("The workbook's parts inflate past the limit.")
    {
    }
}
