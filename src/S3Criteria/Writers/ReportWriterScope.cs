namespace S3Criteria.Writers;

/// <summary>What one call of a <see cref="ReportWriter"/> writes: the report of one document, or a whole run.</summary>
public enum ReportWriterScope
{
    /// <summary>
    /// One report per output (HTML, the self-assessment table): the context holds exactly one report, and a run of
    /// several documents is written as one output per document.
    /// </summary>
    Document,

    /// <summary>
    /// One output for all the reports of a run (console, JSON, SARIF, Markdown): the context holds any number of
    /// reports, and the writer may add what covers them all, such as a summary table or one SARIF log.
    /// </summary>
    Run,
}
