using System.Text;

namespace S3Criteria.Writers;

/// <summary>The <c>json</c> format: one report as <see cref="ComplianceReportJson"/> writes it, several (or none) as an array of them.</summary>
internal sealed class JsonReportWriter : ReportWriter
{
    public override string Format => "json";

    public override string FileExtension => "json";

    public override ReportWriterScope Scope => ReportWriterScope.Run;

    public override void Write(ReportWriterContext context, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Text(context));
    }

    public override void Write(ReportWriterContext context, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(stream);
        if (context.Reports.Count == 1)
        {
            ComplianceReportJson.Write(context.Reports[0].Report, stream);
            return;
        }

        stream.Write(Encoding.UTF8.GetBytes(Text(context)));
    }

    private static string Text(ReportWriterContext context) =>
        context.Reports.Count == 1
            ? ComplianceReportJson.Serialize(context.Reports[0].Report)
            : "[\n" + string.Join(",\n", context.Reports.Select(r => ComplianceReportJson.Serialize(r.Report).TrimEnd())) + "\n]\n";
}
