namespace S3Criteria.Office.Reading;

/// <summary>
/// How many bytes the parts of one workbook may still inflate to: shared by every part read, so that the limit holds
/// for the whole document, whatever the ZIP headers claim.
/// </summary>
internal sealed class InflationBudget(long limit)
{
    /// <summary>Gets the limit, in inflated bytes.</summary>
    public long Limit { get; } = limit;

    /// <summary>Gets how many inflated bytes were read so far.</summary>
    public long Used { get; private set; }

    /// <summary>Counts bytes read; throws once the limit is passed.</summary>
    /// <param name="bytes">The bytes just read.</param>
    /// <exception cref="WorkbookLimitException">The parts inflate to more than <see cref="Limit"/>.</exception>
    public void Spend(int bytes)
    {
        Used += bytes;
        if (Used > Limit)
        {
            throw new WorkbookLimitException();
        }
    }
}
