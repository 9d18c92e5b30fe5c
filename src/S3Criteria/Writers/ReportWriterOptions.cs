using S3Criteria.Rules;

namespace S3Criteria.Writers;

/// <summary>How a <see cref="ReportWriter"/> presents what it writes. Copied into a <see cref="ReportWriterContext"/> when one is made.</summary>
public sealed class ReportWriterOptions
{
    /// <summary>Gets or sets whether the console format colours verdicts and markers with ANSI escape codes.</summary>
    /// <value>Default <see langword="false"/>. Deciding whether a terminal wants colour is the caller's job.</value>
    public bool UseColour { get; set; }

    /// <summary>
    /// Gets or sets the directory that document paths are written relative to, where a format names files (SARIF's
    /// <c>%SRCROOT%</c>). Relative paths in reports are taken as relative to it too, so pass the directory they were
    /// opened from (a command line passes its current directory).
    /// </summary>
    /// <value>
    /// Default <see langword="null"/>: paths are written as the reports give them, a relative path as a reference
    /// against <c>%SRCROOT%</c> and a fully qualified path as a <c>file</c> URI. When set, it must be fully qualified.
    /// </value>
    public string? BaseDirectory { get; set; }

    /// <summary>Gets or sets the language of the texts a writer takes from the rule set (titles, rationales, recommendations).</summary>
    /// <value>Default <see langword="null"/>: the language the first report was evaluated in, or English when there is no report.</value>
    public string? Language { get; set; }

    /// <summary>
    /// Gets or sets the severity at or above which an open (not waived) finding fails the run, as a command line's
    /// <c>--fail-on</c> sets it: the JUnit format writes such findings as failures, the GitHub format as errors.
    /// </summary>
    /// <value>Default <see cref="Severity.Blocking"/>; <see langword="null"/> when nothing fails a run (<c>--fail-on none</c>).</value>
    public Severity? FailOn { get; set; } = Severity.Blocking;

    /// <summary>
    /// Gets or sets whether the SARIF format also writes the rules that passed or did not apply, as <c>pass</c> and
    /// <c>notApplicable</c> results (code-scanning services may show every result as an alert).
    /// </summary>
    /// <value>Default <see langword="false"/>: only findings are results.</value>
    public bool IncludePassingResults { get; set; }

    /// <summary>
    /// Gets or sets the reports of an earlier run that findings are compared with: SARIF marks each result's
    /// <c>baselineState</c> as <c>new</c> or <c>unchanged</c>, and JUnit fails only on new findings.
    /// </summary>
    /// <value>Default <see langword="null"/>: no comparison.</value>
    public ReportBaseline? Baseline { get; set; }

    /// <summary>
    /// Gets or sets whether the console format prints only what needs attention: each report's verdict, the criteria
    /// with open findings, those findings, and the summary; passed and not-applicable rules and waived findings are left
    /// out (a command line's <c>--quiet</c>).
    /// </summary>
    /// <value>Default <see langword="false"/>: every rule is listed.</value>
    public bool Quiet { get; set; }

    /// <summary>Gets or sets whether the console format lists the references (URLs) of each finding; without it, a finding says how many it has.</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool Verbose { get; set; }

    /// <summary>
    /// Gets or sets the width, in characters, at which the console format wraps its lines (on word boundaries, with
    /// continuation lines indented); 0 does not wrap. A command line passes the terminal's width, or 80.
    /// </summary>
    /// <value>Default 0: no wrapping.</value>
    public int ConsoleWidth { get; set; }

    /// <summary>
    /// Gets or sets the separator of the cells of the <c>self-assessment-csv</c> format: a semicolon, as spreadsheets
    /// in most EU locales expect, a comma, or a tab.
    /// </summary>
    /// <value>Default <c>;</c>.</value>
    public char CsvSeparator { get; set; } = ';';
}
