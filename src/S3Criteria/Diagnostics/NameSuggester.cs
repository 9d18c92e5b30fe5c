namespace S3Criteria.Diagnostics;

/// <summary>Suggests the closest known name for a misspelt one, the "did you mean" of every diagnostic.</summary>
internal static class NameSuggester
{
    /// <summary>Names longer than this get no suggestion: a typo is made in a name, not in a paragraph.</summary>
    public const int MaxNameLength = 100;

    /// <summary>Suggests the closest known name, when one is close enough to be a typo.</summary>
    public static Suggestion Suggest(string name, IEnumerable<string> candidates) => Suggest(name, candidates, null);

    /// <summary>Suggests the closest known name, when one is close enough to be a typo, spending at most <paramref name="budget"/>.</summary>
    /// <param name="name">The misspelt name.</param>
    /// <param name="candidates">The known names.</param>
    /// <param name="budget">What comparing may cost; when it runs out the best name so far (if any) is suggested.</param>
    /// <returns>"Did you mean 'x'? ", or nothing.</returns>
    public static Suggestion Suggest(string name, IEnumerable<string?> candidates, SuggestionBudget? budget)
    {
        if (name.Length > MaxNameLength)
        {
            return default;
        }

        var most = Math.Max(1, name.Length / 3);
        (string? Candidate, int Distance) best = (null, int.MaxValue);
        foreach (var candidate in candidates)
        {
            // The distance is at least the difference of the lengths, so far longer or shorter names are skipped unread.
            if (candidate is null || Math.Abs(candidate.Length - name.Length) > most)
            {
                continue;
            }

            if (budget is not null && !budget.TrySpend((long)(name.Length + 1) * (candidate.Length + 1)))
            {
                break;
            }

            var distance = Distance(name, candidate);
            if (distance <= most && (distance < best.Distance || (distance == best.Distance && string.CompareOrdinal(candidate, best.Candidate) < 0)))
            {
                best = (candidate, distance);
            }
        }

        return new Suggestion(best.Candidate);
    }

    /// <summary>
    /// Whether two characters count as the same: case does not count, and a space or an underscore is the hyphen that
    /// names are written with ("Interreg-C" and "interreg c" are a distance 0 from "interreg-c").
    /// </summary>
    private static bool Same(char x, char y) => Fold(x) == Fold(y);

    private static char Fold(char c) => c is ' ' or '_' ? '-' : char.ToLowerInvariant(c);

    /// <summary>Writes <paramref name="name"/> as the suggester compares it: lower case, a space or an underscore as a hyphen.</summary>
    /// <param name="name">A name as written.</param>
    /// <returns>The folded name ("Interreg Europe" gives "interreg-europe").</returns>
    public static string Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Create(name.Length, name, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Fold(source[i]);
            }
        });
    }

    /// <summary>The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours cost 1.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = Same(a[i - 1], b[j - 1]) ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2]) && Same(a[i - 2], b[j - 1]))
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
