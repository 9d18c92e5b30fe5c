using S3Criteria.Office.Writing;
using S3Criteria.Writers;

namespace S3Criteria.Office;

/// <summary>
/// The <c>self-assessment-docx</c> format: the self-assessment of one report (Regulation (EU) 2021/1060, Annex V: per
/// criterion, fulfilment, the relevant documents and a written justification) as a Word document to file: a real
/// table whose header row is repeated on every page, A4, the strategy title and evaluation date in the page header,
/// the document language set, and the improvements after the table. Binary: write it to a <see cref="Stream"/>, such
/// as a web response.
/// </summary>
/// <threadsafety static="true" instance="true">The writer holds no state.</threadsafety>
public sealed class SelfAssessmentDocxWriter : ReportWriter
{
    /// <inheritdoc/>
    public override string Format => "self-assessment-docx";

    /// <inheritdoc/>
    public override string FileExtension => "docx";

    /// <inheritdoc/>
    public override ReportWriterScope Scope => ReportWriterScope.Document;

    /// <inheritdoc/>
    public override bool IsBinary => true;

    /// <summary>Not supported: a Word document is binary; write it to a stream.</summary>
    /// <param name="context">What to write.</param>
    /// <param name="writer">Not used.</param>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override void Write(ReportWriterContext context, TextWriter writer) =>
        throw new NotSupportedException("The self-assessment-docx format is binary: write it to a stream.");

    /// <summary>Writes the context's one report as a Word document (.docx).</summary>
    /// <param name="context">What to write: one report.</param>
    /// <param name="stream">The stream; left open. Nothing is written to it until the document is complete.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The context holds no report or several.</exception>
    /// <exception cref="IOException">Writing to <paramref name="stream"/> failed.</exception>
    public override void Write(ReportWriterContext context, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var entry = SingleReport(context);
        SelfAssessmentDocx.Write(SelfAssessmentTable.Build(entry, context.Labels), context.Language, stream);
    }
}
