namespace S3Criteria.Writers;

/// <summary>The <c>self-assessment</c> format: the self-assessment table (<see cref="SelfAssessmentTable"/>) of one report as a Markdown table.</summary>
internal sealed class SelfAssessmentMarkdownWriter : ReportWriter
{
    public override string Format => "self-assessment";

    public override string FileExtension => "md";

    public override ReportWriterScope Scope => ReportWriterScope.Document;

    public override void Write(ReportWriterContext context, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var report = SingleReport(context).Report;
        var headers = SelfAssessmentTable.Headers;
        writer.WriteLine($"| {string.Join(" | ", headers)} |");
        writer.WriteLine($"|{string.Concat(Enumerable.Repeat("---|", headers.Count))}");
        foreach (var row in SelfAssessmentTable.Rows(report))
        {
            writer.WriteLine($"| {string.Join(" | ", row.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal)))} |");
        }
    }
}
