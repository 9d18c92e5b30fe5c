using S3Criteria.Writers.Escaping;

namespace S3Criteria.Writers;

/// <summary>
/// The <c>self-assessment-csv</c> format: the self-assessment table (<see cref="SelfAssessmentTable"/>) of one report
/// as CSV for spreadsheets: comma-separated, lines ending with CR LF, each cell escaped with <see cref="CsvEscaping"/>
/// (quoted where needed, and never read as a formula).
/// </summary>
internal sealed class SelfAssessmentCsvWriter : ReportWriter
{
    public override string Format => "self-assessment-csv";

    public override string FileExtension => "csv";

    public override ReportWriterScope Scope => ReportWriterScope.Document;

    public override void Write(ReportWriterContext context, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        var report = SingleReport(context).Report;
        writer.Write(CsvEscaping.Row(SelfAssessmentTable.Headers(context.Labels)) + "\r\n");
        foreach (var row in SelfAssessmentTable.Rows(report, context.Labels))
        {
            writer.Write(CsvEscaping.Row(row) + "\r\n");
        }
    }
}
