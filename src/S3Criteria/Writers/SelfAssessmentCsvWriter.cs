using S3Criteria.Writers.Escaping;

namespace S3Criteria.Writers;

/// <summary>
/// The <c>self-assessment-csv</c> format: the self-assessment table (<see cref="SelfAssessmentTable"/>) of one report
/// as CSV for spreadsheets: a UTF-8 byte order mark first (so that a spreadsheet reads "Fundación" as written), cells
/// separated by <see cref="ReportWriterContext.CsvSeparator"/> (a semicolon by default, as most EU locales expect),
/// lines ending with CR LF, each cell escaped with <see cref="CsvEscaping"/> (quoted where needed, and never read as a
/// formula). A criterion's documents are one per line inside their cell. The table only: the Markdown, Word and Excel
/// formats list the improvements after it.
/// </summary>
internal sealed class SelfAssessmentCsvWriter : ReportWriter
{
    /// <summary>The byte order mark, written first.</summary>
    internal const char ByteOrderMark = '\uFEFF';

    public override string Format => "self-assessment-csv";

    public override string FileExtension => "csv";

    public override ReportWriterScope Scope => ReportWriterScope.Document;

    public override void Write(ReportWriterContext context, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var assessment = SelfAssessmentTable.Build(SingleReport(context), context.Labels);
        var separator = context.CsvSeparator;
        writer.Write(ByteOrderMark);
        writer.Write(CsvEscaping.Row(assessment.Headers, separator) + "\r\n");
        foreach (var row in assessment.Cells())
        {
            writer.Write(CsvEscaping.Row(row, separator) + "\r\n");
        }
    }
}
