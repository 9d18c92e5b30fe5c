namespace S3Criteria.Writers;

/// <summary>
/// The <c>self-assessment-csv</c> format: the self-assessment table (<see cref="SelfAssessmentTable"/>) of one report
/// as CSV for spreadsheets: comma-separated, quoted where needed, lines ending with CR LF.
/// </summary>
internal sealed class SelfAssessmentCsvWriter : ReportWriter
{
    public override string Format => "self-assessment-csv";

    public override string FileExtension => "csv";

    public override ReportWriterScope Scope => ReportWriterScope.Document;

    public override void Write(ReportWriterContext context, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var report = SingleReport(context).Report;
        writer.Write(string.Join(",", SelfAssessmentTable.Headers.Select(Csv)) + "\r\n");
        foreach (var row in SelfAssessmentTable.Rows(report))
        {
            writer.Write(string.Join(",", row.Select(Csv)) + "\r\n");
        }
    }

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
