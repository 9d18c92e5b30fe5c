using System.Text;
using System.Text.Json;

namespace S3Criteria.Writers;

/// <summary>
/// The <c>sarif</c> format: all the reports of a run as one SARIF 2.1.0 log (see <see cref="ComplianceReportSarif"/>
/// for what it holds). Document paths become URIs relative to the context's base directory.
/// </summary>
internal sealed class SarifReportWriter : ReportWriter
{
    public override string Format => "sarif";

    public override string FileExtension => "sarif";

    public override ReportWriterScope Scope => ReportWriterScope.Run;

    /// <inheritdoc/>
    public override bool ReportsLoadFailures => true;

    public override void Write(ReportWriterContext context, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, JsonOutput.Options);
        new SarifLog(writer, context).Write();
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }

    public override void Write(ReportWriterContext context, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        using var stream = new MemoryStream();
        Write(context, stream);
        writer.Write(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
