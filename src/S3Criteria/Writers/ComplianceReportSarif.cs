using System.Text;
using S3Criteria.Engine;
using S3Criteria.Reports;

namespace S3Criteria.Writers;

/// <summary>
/// Writes compliance reports as one SARIF 2.1.0 log, for code-scanning tools and SARIF viewers: the rules are
/// <c>reportingDescriptor</c>s with help text and references, every finding is a <c>fail</c> result located in the
/// strategy document by line and column (when the document came from a file), waived findings carry an external
/// suppression, rules that passed or did not apply are <c>pass</c> and <c>notApplicable</c> results only when
/// <see cref="ReportWriterOptions.IncludePassingResults"/> asks, and rule errors and the problems of documents that could
/// not be loaded are tool execution notifications (a failed load makes the invocation not successful). The output is deterministic: the same reports and rule set always give the same
/// bytes. This is the <c>sarif</c> format of <see cref="ReportWriterRegistry"/> without a base directory.
/// </summary>
/// <remarks>
/// Document locations use the uri base <c>%SRCROOT%</c>. The writer of the <c>sarif</c> format makes document paths
/// relative to its context's <see cref="ReportWriterContext.BaseDirectory"/> (the command line passes its current
/// directory), with forward slashes; a document outside it is written as an absolute <c>file</c> URI. The methods here
/// have no base directory: a relative path is written as it is, a fully qualified one as a <c>file</c> URI. A result
/// about a subject is located at the subject's line and column; a result about the strategy as a whole at the first
/// value the rule reads that the document gives (<c>analysis.updated</c> for a rule on the analysis' date, when the
/// report's document is at hand); a result about a value the document does not give, and a pass result, covers the
/// whole document, from line 1 to its last line (<see cref="Provenance.DocumentLineCount"/>). Messages are written as sentences, as SARIF asks: a final period is added where a
/// finding's message has none. Nothing is read from the file system or the current directory.
/// </remarks>
public static class ComplianceReportSarif
{
    /// <summary>The SARIF version written.</summary>
    public const string SarifVersion = "2.1.0";

    /// <summary>The URI of the SARIF 2.1.0 JSON schema, written as the log's <c>$schema</c>.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The uri base that document locations are relative to: the base directory, for a command line the directory it ran in.</summary>
    public const string SourceRootBaseId = "%SRCROOT%";

    private static readonly SarifReportWriter Writer = new();

    /// <summary>Writes the reports to a stream as one UTF-8 SARIF log with a single run.</summary>
    /// <param name="reports">The reports, one per strategy document, in the order to list their results.</param>
    /// <param name="ruleSet">The rule set the reports were computed with: its enabled rules become the run's rules.</param>
    /// <param name="stream">The stream; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/>, <paramref name="ruleSet"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">Writing to <paramref name="stream"/> failed (the stream's own error, passed on).</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="stream"/> is closed.</exception>
    public static void Write(IReadOnlyList<ComplianceReport> reports, RuleSet ruleSet, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(stream);
        Writer.Write(new ReportWriterContext(reports.Select(r => new ReportEntry(r)), ruleSet), stream);
    }

    /// <summary>Returns the reports as SARIF text: one log with a single run.</summary>
    /// <param name="reports">The reports, one per strategy document, in the order to list their results.</param>
    /// <param name="ruleSet">The rule set the reports were computed with: its enabled rules become the run's rules.</param>
    /// <returns>The SARIF log, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or <paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    public static string Serialize(IReadOnlyList<ComplianceReport> reports, RuleSet ruleSet)
    {
        using var stream = new MemoryStream();
        Write(reports, ruleSet, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
