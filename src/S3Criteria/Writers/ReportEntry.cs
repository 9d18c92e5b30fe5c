using S3Criteria.Documents;
using S3Criteria.Model;
using S3Criteria.Reports;

namespace S3Criteria.Writers;

/// <summary>One report of a <see cref="ReportWriterContext"/>, with the strategy it was computed from.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class ReportEntry
{
    /// <summary>Creates an entry for a report of a strategy loaded from a document.</summary>
    /// <param name="report">The report.</param>
    /// <param name="document">The document the report was computed from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="document"/> is <see langword="null"/>.</exception>
    public ReportEntry(ComplianceReport report, StrategyDocument document)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(document);
        Report = report;
        Document = document;
        Strategy = document.Strategy;
    }

    /// <summary>Creates an entry for a report of a strategy built in code, or of a strategy no longer at hand.</summary>
    /// <param name="report">The report.</param>
    /// <param name="strategy">The strategy the report was computed from, if at hand; the HTML format needs it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public ReportEntry(ComplianceReport report, Strategy? strategy = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        Report = report;
        Strategy = strategy;
    }

    /// <summary>Gets the report.</summary>
    public ComplianceReport Report { get; }

    /// <summary>Gets the document the report was computed from, if it came from one.</summary>
    public StrategyDocument? Document { get; }

    /// <summary>Gets the strategy the report was computed from, if at hand.</summary>
    public Strategy? Strategy { get; }

    /// <summary>Gets a short name for the entry in lists: the document's file name, else the strategy's identifier.</summary>
    internal string Name => Path.GetFileName(Document?.FilePath ?? Report.StrategyId);
}
