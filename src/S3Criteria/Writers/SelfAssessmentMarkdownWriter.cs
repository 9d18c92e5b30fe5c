using S3Criteria.Writers.Escaping;

namespace S3Criteria.Writers;

/// <summary>
/// The <c>self-assessment</c> format: the self-assessment table (<see cref="SelfAssessmentTable"/>) of one report as a
/// Markdown table, each cell escaped with <see cref="MarkdownEscaping.TableCell"/>.
/// </summary>
internal sealed class SelfAssessmentMarkdownWriter : ReportWriter
{
    public override string Format => "self-assessment";

    public override string FileExtension => "md";

    public override ReportWriterScope Scope => ReportWriterScope.Document;

    public override void Write(ReportWriterContext context, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        var report = SingleReport(context).Report;
        var headers = SelfAssessmentTable.Headers(context.Labels);
        writer.WriteLine($"| {string.Join(" | ", headers)} |");
        writer.WriteLine($"|{string.Concat(Enumerable.Repeat("---|", headers.Count))}");
        foreach (var row in SelfAssessmentTable.Rows(report, context.Labels))
        {
            writer.WriteLine($"| {string.Join(" | ", row.Select(MarkdownEscaping.TableCell))} |");
        }
    }
}
