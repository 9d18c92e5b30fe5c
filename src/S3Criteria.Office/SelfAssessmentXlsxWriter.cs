using S3Criteria.Office.Writing;
using S3Criteria.Writers;

namespace S3Criteria.Office;

/// <summary>
/// The <c>self-assessment-xlsx</c> format: the self-assessment of one report (Regulation (EU) 2021/1060, Annex V: per
/// criterion, fulfilment, the relevant documents and a written justification) as an Excel workbook: the table on
/// one sheet (frozen header row, repeated on printed A4 pages), the improvements on a second, what was assessed on a
/// third. Binary: write it to a <see cref="Stream"/>, such as a web response.
/// </summary>
/// <threadsafety static="true" instance="true">The writer holds no state.</threadsafety>
public sealed class SelfAssessmentXlsxWriter : ReportWriter
{
    /// <inheritdoc/>
    public override string Format => "self-assessment-xlsx";

    /// <inheritdoc/>
    public override string FileExtension => "xlsx";

    /// <inheritdoc/>
    public override ReportWriterScope Scope => ReportWriterScope.Document;

    /// <inheritdoc/>
    public override bool IsBinary => true;

    /// <summary>Not supported: an Excel workbook is binary; write it to a stream.</summary>
    /// <param name="context">What to write.</param>
    /// <param name="writer">Not used.</param>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override void Write(ReportWriterContext context, TextWriter writer) =>
        throw new NotSupportedException("The self-assessment-xlsx format is binary: write it to a stream.");

    /// <summary>Writes the context's one report as an Excel workbook (.xlsx).</summary>
    /// <param name="context">What to write: one report.</param>
    /// <param name="stream">The stream; left open. Nothing is written to it until the document is complete.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The context holds no report or several.</exception>
    /// <exception cref="IOException">Writing to <paramref name="stream"/> failed.</exception>
    public override void Write(ReportWriterContext context, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var entry = SingleReport(context);
        SelfAssessmentXlsx.Write(SelfAssessmentTable.Build(entry, context.Labels), stream);
    }
}
