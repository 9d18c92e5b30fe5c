namespace S3Criteria.Diagnostics;

/// <summary>
/// How much comparing one input may spend on "did you mean" suggestions, in cells of the distance table (the product
/// of the two lengths per candidate). A document with thousands of unresolved references among thousands of
/// identifiers would otherwise cost the product of the two; once the budget is spent, suggestions stop.
/// </summary>
internal sealed class SuggestionBudget(long cells)
{
    /// <summary>The budget of one document's references: about 20 ms of comparisons.</summary>
    public const long PerDocument = 5_000_000;

    /// <summary>Gets the cells left.</summary>
    public long Remaining { get; private set; } = cells;

    /// <summary>Spends <paramref name="cost"/> cells, if that many are left.</summary>
    /// <param name="cost">The cells.</param>
    /// <returns>Whether they were.</returns>
    public bool TrySpend(long cost)
    {
        if (cost > Remaining)
        {
            Remaining = 0;
            return false;
        }

        Remaining -= cost;
        return true;
    }
}
