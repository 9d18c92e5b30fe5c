using System.Text;

namespace S3Criteria.Writers;

/// <summary>The <c>json</c> format of forecasts: one as <see cref="ComplianceForecastJson"/> writes it, several (or none) as an array of them.</summary>
internal sealed class JsonForecastWriter : ForecastWriter
{
    public override string Format => "json";

    public override string FileExtension => "json";

    public override ReportWriterScope Scope => ReportWriterScope.Run;

    public override void Write(ForecastWriterContext context, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Text(context));
    }

    public override void Write(ForecastWriterContext context, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(stream);
        if (context.Forecasts.Count == 1)
        {
            ComplianceForecastJson.Write(context.Forecasts[0], stream);
            return;
        }

        stream.Write(Encoding.UTF8.GetBytes(Text(context)));
    }

    private static string Text(ForecastWriterContext context) =>
        context.Forecasts.Count == 1
            ? ComplianceForecastJson.Serialize(context.Forecasts[0])
            : "[\n" + string.Join(",\n", context.Forecasts.Select(f => ComplianceForecastJson.Serialize(f).TrimEnd())) + "\n]\n";
}
