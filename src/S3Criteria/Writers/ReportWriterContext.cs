using S3Criteria.Diagnostics;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Reports;
using S3Criteria.Rules;

namespace S3Criteria.Writers;

/// <summary>
/// Everything a <see cref="ReportWriter"/> prints comes from here: the reports with their documents, the rule set they
/// were computed with, the language, and the presentation options. Writers read nothing else: not the file system, not
/// the current directory, not the console, so the same context always gives the same bytes.
/// </summary>
/// <threadsafety static="true" instance="true"/>
public sealed class ReportWriterContext
{
    /// <summary>Creates a context for the reports of a run.</summary>
    /// <param name="reports">The reports, in the order to write them.</param>
    /// <param name="ruleSet">The rule set the reports were computed with.</param>
    /// <param name="options">How to present them; the defaults of <see cref="ReportWriterOptions"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/>, one of them, or <paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><see cref="ReportWriterOptions.BaseDirectory"/> is not a fully qualified path, or <see cref="ReportWriterOptions.CsvSeparator"/> is not a comma, a semicolon or a tab.</exception>
    public ReportWriterContext(IEnumerable<ReportEntry> reports, RuleSet ruleSet, ReportWriterOptions? options = null)
        : this(reports, ruleSet, options, [])
    {
    }

    /// <summary>
    /// Creates a context for the reports of a run in which some documents could not be loaded: formats that describe a
    /// run (SARIF, JUnit, GitHub and GitLab annotations) write each problem, located in its document, and SARIF marks the
    /// run as not successful. The reports may be empty, when no document loaded.
    /// </summary>
    /// <param name="reports">The reports of the documents that loaded, in the order to write them.</param>
    /// <param name="ruleSet">The rule set the reports were computed with.</param>
    /// <param name="options">How to present them; the defaults of <see cref="ReportWriterOptions"/> when <see langword="null"/>.</param>
    /// <param name="loadFailures">The problems of the documents that could not be loaded (<see cref="LoadResult{T}.Diagnostics"/>), in the order to write them.</param>
    /// <exception cref="ArgumentNullException">An argument but <paramref name="options"/>, one of the reports or one of the problems is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><see cref="ReportWriterOptions.BaseDirectory"/> is not a fully qualified path, or <see cref="ReportWriterOptions.CsvSeparator"/> is not a comma, a semicolon or a tab.</exception>
    public ReportWriterContext(IEnumerable<ReportEntry> reports, RuleSet ruleSet, ReportWriterOptions? options, IEnumerable<Diagnostic> loadFailures)
    {
        ArgumentNullException.ThrowIfNull(loadFailures);
        Diagnostic[] failures = [.. loadFailures];
        foreach (var failure in failures)
        {
            ArgumentNullException.ThrowIfNull(failure, nameof(loadFailures));
        }

        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(ruleSet);
        ReportEntry[] entries = [.. reports];
        foreach (var entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(reports));
        }

        options ??= new ReportWriterOptions();
        if (options.BaseDirectory is { } directory && !Path.IsPathFullyQualified(directory))
        {
            throw new ArgumentException($"The base directory '{directory}' is not a fully qualified path.", nameof(options));
        }

        if (options.CsvSeparator is not (',' or ';' or '\t'))
        {
            throw new ArgumentException($"The CSV separator '{options.CsvSeparator}' is not a comma, a semicolon or a tab.", nameof(options));
        }

        Reports = entries;
        LoadFailures = failures;
        RuleSet = ruleSet;
        UseColour = options.UseColour;
        FailOn = options.FailOn;
        IncludePassingResults = options.IncludePassingResults;
        Baseline = options.Baseline;
        BaseDirectory = options.BaseDirectory;
        Quiet = options.Quiet;
        Verbose = options.Verbose;
        ConsoleWidth = Math.Max(0, options.ConsoleWidth);
        CsvSeparator = options.CsvSeparator;
        Texts = new TextRenderer(options.Language ?? (entries.Length > 0 ? entries[0].Report.Provenance.Language : LocalizedText.DefaultLanguage));
        Language = Texts.Language;
    }

    /// <summary>Creates a context for the report of one strategy document.</summary>
    /// <param name="report">The report.</param>
    /// <param name="document">The document the report was computed from.</param>
    /// <param name="ruleSet">The rule set the report was computed with.</param>
    /// <param name="options">How to present it; the defaults of <see cref="ReportWriterOptions"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/>, <paramref name="document"/> or <paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><see cref="ReportWriterOptions.BaseDirectory"/> is not a fully qualified path, or <see cref="ReportWriterOptions.CsvSeparator"/> is not a comma, a semicolon or a tab.</exception>
    public ReportWriterContext(ComplianceReport report, StrategyDocument document, RuleSet ruleSet, ReportWriterOptions? options = null)
        : this([new ReportEntry(report, document)], ruleSet, options)
    {
    }

    private ReportWriterContext(ReportWriterContext run, ReportEntry entry)
    {
        Reports = [entry];
        LoadFailures = [];
        RuleSet = run.RuleSet;
        UseColour = run.UseColour;
        FailOn = run.FailOn;
        IncludePassingResults = run.IncludePassingResults;
        Baseline = run.Baseline;
        BaseDirectory = run.BaseDirectory;
        Quiet = run.Quiet;
        Verbose = run.Verbose;
        ConsoleWidth = run.ConsoleWidth;
        CsvSeparator = run.CsvSeparator;
        Texts = run.Texts;
        Language = run.Language;
    }

    /// <summary>Gets the reports, in the order to write them.</summary>
    public IReadOnlyList<ReportEntry> Reports { get; }

    /// <summary>Gets the problems of the run's documents that could not be loaded; empty when all loaded, and in a context of one report.</summary>
    public IReadOnlyList<Diagnostic> LoadFailures { get; }

    /// <summary>Gets the rule set the reports were computed with.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Gets the severity at or above which an open finding fails the run; <see langword="null"/> when nothing does.</summary>
    public Severity? FailOn { get; }

    /// <summary>Gets whether the SARIF format writes passed and not-applicable rules as results.</summary>
    public bool IncludePassingResults { get; }

    /// <summary>Gets the reports of an earlier run that findings are compared with, if any.</summary>
    public ReportBaseline? Baseline { get; }

    /// <summary>Gets the language of the texts taken from the rule set and of the writers' own words: a shipped language's code.</summary>
    public string Language { get; }

    /// <summary>Gets the renderer of <see cref="Language"/>: the writers' labels (<see cref="TextRenderer.Labels"/>) come from it.</summary>
    internal TextRenderer Texts { get; }

    /// <summary>Gets the writers' own words in <see cref="Language"/>.</summary>
    internal Localization.Labels Labels => Texts.Labels;

    /// <summary>Gets whether the console format colours its output.</summary>
    public bool UseColour { get; }

    /// <summary>Gets the separator of the cells of the CSV formats: a semicolon (the default), a comma or a tab.</summary>
    public char CsvSeparator { get; }

    /// <summary>Gets the fully qualified directory that document paths are written relative to, if any.</summary>
    public string? BaseDirectory { get; }

    /// <summary>Gets whether the console format prints only open findings, the verdicts and the summary (<see cref="ReportWriterOptions.Quiet"/>).</summary>
    public bool Quiet { get; }

    /// <summary>Gets whether the console format lists the references of each finding (<see cref="ReportWriterOptions.Verbose"/>).</summary>
    public bool Verbose { get; }

    /// <summary>Gets the width at which the console format wraps its lines; 0 does not wrap (<see cref="ReportWriterOptions.ConsoleWidth"/>).</summary>
    public int ConsoleWidth { get; }

    /// <summary>
    /// Whether a finding fails the run: it is open (not waived), at or above <see cref="FailOn"/>, and, with a
    /// <see cref="Baseline"/>, new.
    /// </summary>
    /// <param name="report">The report that holds the finding.</param>
    /// <param name="finding">The finding.</param>
    /// <returns><see langword="true"/> when the finding fails the run.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="finding"/> is <see langword="null"/>.</exception>
    public bool Fails(ComplianceReport report, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(finding);
        return !finding.IsWaived
            && FailOn is { } threshold && finding.Severity >= threshold
            && (Baseline is null || Baseline.StateOf(report, finding) == BaselineState.New);
    }

    /// <summary>Returns a context for one report of this one, with the same rule set, language and options.</summary>
    /// <param name="index">The report's index in <see cref="Reports"/>.</param>
    /// <returns>The context of that report alone, for a writer of <see cref="ReportWriterScope.Document"/> scope.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not an index of <see cref="Reports"/>.</exception>
    public ReportWriterContext ForReport(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Reports.Count);
        return new ReportWriterContext(this, Reports[index]);
    }
}
