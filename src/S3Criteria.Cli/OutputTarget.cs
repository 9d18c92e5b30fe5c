namespace S3Criteria.Cli;

/// <summary>One output of a run: a format, and the file (or directory) it goes to; standard output when <see cref="Path"/> is <see langword="null"/>.</summary>
/// <param name="Format">The format's name, as the report writers' registry knows it.</param>
/// <param name="Path">The file or directory, or <see langword="null"/> for standard output.</param>
internal sealed record OutputTarget(string Format, string? Path)
{
    /// <summary>
    /// Reads the values of a repeatable <c>--format FORMAT[=PATH]</c>: a format without a path goes to
    /// <paramref name="output"/> (the <c>--output</c> option) or, without it, to standard output; at most one may.
    /// </summary>
    /// <param name="values">The values given, in order; none means <paramref name="fallback"/>.</param>
    /// <param name="output">The <c>--output</c> path, if given.</param>
    /// <param name="known">The formats there are.</param>
    /// <param name="fallback">The format when none is given.</param>
    /// <param name="problems">What is wrong with the values, each said once.</param>
    /// <returns>The targets, in the order given.</returns>
    public static IReadOnlyList<OutputTarget> Parse(IReadOnlyList<string> values, string? output, IReadOnlyList<string> known, string fallback, List<string> problems)
    {
        var targets = new List<OutputTarget>();
        foreach (var value in values.Count == 0 ? [fallback] : values)
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            var format = equals < 0 ? value : value[..equals];
            var path = equals < 0 ? null : value[(equals + 1)..];
            if (!known.Contains(format, StringComparer.Ordinal))
            {
                problems.Add($"--format '{format}' is not a format; the formats are {string.Join(", ", known)}.");
                continue;
            }

            if (path is { Length: 0 })
            {
                problems.Add($"--format {format}= names no file: write --format {format}=PATH, or leave out '=' for standard output.");
                continue;
            }

            targets.Add(new OutputTarget(format, path ?? output));
        }

        var unnamed = targets.Where(t => t.Path is null).Select(t => t.Format).ToList();
        if (unnamed.Count > 1)
        {
            problems.Add($"--format {string.Join(", ", unnamed)} would all go to standard output: give each but one a file (--format {unnamed[^1]}=PATH).");
        }

        if (output is not null && values.Count(v => !v.Contains('=', StringComparison.Ordinal)) > 1)
        {
            problems.Add("--output names the file of the one --format without a path; several formats without a path were given.");
        }

        var duplicate = targets.Where(t => t.Path is not null).GroupBy(t => t.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            problems.Add($"--format {string.Join(" and ", duplicate.Select(t => t.Format))} would both write '{duplicate.Key}'.");
        }

        return targets;
    }
}
