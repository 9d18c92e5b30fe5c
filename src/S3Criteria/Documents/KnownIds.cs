using S3Criteria.Diagnostics;

namespace S3Criteria.Documents;

/// <summary>
/// The identifiers a document declares for one kind of item, as reference checks need them: a set to look references
/// up in, a few in ordinal order to show, and the closest one to suggest, all within one <see cref="SuggestionBudget"/>.
/// </summary>
internal sealed class KnownIds
{
    /// <summary>How many known identifiers an unresolved-reference error shows before "… and N more".</summary>
    public const int Shown = 5;

    private readonly HashSet<string?> _ids;
    private readonly SuggestionBudget _budget;
    private ListExcerpt? _excerpt;

    /// <summary>Initializes a new instance of the <see cref="KnownIds"/> class.</summary>
    /// <param name="ids">The identifiers; an item whose identifier failed to bind is <see langword="null"/> (the binder reported it).</param>
    /// <param name="budget">What suggestions may cost, shared by the document's checks.</param>
    public KnownIds(IEnumerable<string?> ids, SuggestionBudget budget)
    {
        _ids = new HashSet<string?>(ids, StringComparer.Ordinal);
        _budget = budget;
    }

    /// <summary>Gets how many identifiers there are.</summary>
    public int Count => _ids.Count;

    /// <summary>Gets the identifiers in ordinal order, to be shown as a few of them and "… and N more"; sorted once, when first needed.</summary>
    public ListExcerpt Excerpt => _excerpt ??= new ListExcerpt([.. _ids.Select(id => id ?? string.Empty).Order(StringComparer.Ordinal)], Shown);

    /// <summary>Whether <paramref name="id"/> is declared.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>Whether it is.</returns>
    public bool Contains(string id) => _ids.Contains(id);

    /// <summary>The closest identifier to <paramref name="id"/>, as "Did you mean 'x'? ", while the budget lasts.</summary>
    /// <param name="id">The unresolved identifier.</param>
    /// <returns>The suggestion, or nothing.</returns>
    public Suggestion Suggest(string id) => NameSuggester.Suggest(id, _ids, _budget);
}
