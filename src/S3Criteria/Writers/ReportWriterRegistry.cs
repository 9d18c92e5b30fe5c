using System.Diagnostics.CodeAnalysis;

namespace S3Criteria.Writers;

/// <summary>
/// The report writers by format name: <see cref="Default"/> holds the built-in formats, which the command line's
/// <c>--format</c> offers. An application writes any of them without the command line:
/// <c>ReportWriterRegistry.Default.Get("html").Write(context, stream)</c>.
/// </summary>
/// <threadsafety static="true" instance="true"/>
public sealed class ReportWriterRegistry
{
    private readonly Dictionary<string, ReportWriter> _byFormat;

    /// <summary>Creates a registry of the given writers.</summary>
    /// <param name="writers">The writers, in the order to list their formats; no two with the same format name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writers"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two writers have the same format name.</exception>
    public ReportWriterRegistry(IEnumerable<ReportWriter> writers)
    {
        ArgumentNullException.ThrowIfNull(writers);
        ReportWriter[] all = [.. writers];
        _byFormat = new Dictionary<string, ReportWriter>(StringComparer.Ordinal);
        foreach (var writer in all)
        {
            ArgumentNullException.ThrowIfNull(writer, nameof(writers));
            if (!_byFormat.TryAdd(writer.Format, writer))
            {
                throw new ArgumentException($"Two writers have the format name '{writer.Format}'.", nameof(writers));
            }
        }

        Writers = all;
        Formats = [.. all.Select(w => w.Format)];
    }

    /// <summary>
    /// Gets the registry of the built-in formats: <c>console</c>, <c>json</c>, <c>sarif</c>, <c>markdown</c>, <c>html</c>,
    /// <c>self-assessment</c>, <c>self-assessment-csv</c>, <c>junit</c> (JUnit XML), <c>github</c> (GitHub Actions
    /// annotations) and <c>gitlab</c> (GitLab code quality).
    /// </summary>
    public static ReportWriterRegistry Default { get; } = new(
    [
        new ConsoleReportWriter(),
        new JsonReportWriter(),
        new SarifReportWriter(),
        new MarkdownReportWriter(),
        new HtmlReportWriter(),
        new SelfAssessmentMarkdownWriter(),
        new SelfAssessmentCsvWriter(),
        new JunitReportWriter(),
        new GitHubAnnotationsWriter(),
        new GitLabCodeQualityWriter(),
    ]);

    /// <summary>Gets the writers, in registration order.</summary>
    public IReadOnlyList<ReportWriter> Writers { get; }

    /// <summary>Gets the format names, in registration order.</summary>
    public IReadOnlyList<string> Formats { get; }

    /// <summary>Finds the writer of a format.</summary>
    /// <param name="format">The format's name; names are compared exactly.</param>
    /// <param name="writer">The writer, when there is one.</param>
    /// <returns><see langword="true"/> when the registry has a writer of <paramref name="format"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="format"/> is <see langword="null"/>.</exception>
    public bool TryGet(string format, [NotNullWhen(true)] out ReportWriter? writer)
    {
        ArgumentNullException.ThrowIfNull(format);
        return _byFormat.TryGetValue(format, out writer);
    }

    /// <summary>Returns the writer of a format.</summary>
    /// <param name="format">The format's name; names are compared exactly.</param>
    /// <returns>The writer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="format"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The registry has no writer of <paramref name="format"/>; the message lists the formats it has.</exception>
    public ReportWriter Get(string format) =>
        TryGet(format, out var writer)
            ? writer
            : throw new KeyNotFoundException($"No report writer for the format '{format}'; the formats are {string.Join(", ", Formats)}.");
}
