using System.Text;

namespace S3Criteria.Writers;

/// <summary>
/// Writes forecasts in one output format (console text, JSON, Markdown, HTML): the sibling of <see cref="ReportWriter"/>
/// for <see cref="Forecasting.ComplianceForecast"/>. A writer is pure: everything it prints comes from the
/// <see cref="ForecastWriterContext"/>. Find the built-in formats by name in <see cref="ForecastWriterRegistry.Default"/>.
/// </summary>
/// <threadsafety static="true" instance="true">A writer holds no state; one instance may write many contexts at once.</threadsafety>
public abstract class ForecastWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates a writer.</summary>
    protected ForecastWriter()
    {
    }

    /// <summary>Gets the format's name, as a command line's <c>--format</c> takes it (<c>html</c>).</summary>
    public abstract string Format { get; }

    /// <summary>Gets the extension of a file in this format, without the dot.</summary>
    public abstract string FileExtension { get; }

    /// <summary>Gets whether one output holds one document's forecast or a whole run.</summary>
    public abstract ReportWriterScope Scope { get; }

    /// <summary>Writes the context's forecasts as text.</summary>
    /// <param name="context">What to write. A writer of <see cref="ReportWriterScope.Document"/> scope needs exactly one forecast.</param>
    /// <param name="writer">Where the text goes; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A writer of one document was given several forecasts, or none.</exception>
    public abstract void Write(ForecastWriterContext context, TextWriter writer);

    /// <summary>Writes the context's forecasts to a stream as UTF-8 without a byte order mark, lines ending with <c>\n</c>.</summary>
    /// <param name="context">What to write.</param>
    /// <param name="stream">The stream; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A writer of one document was given several forecasts, or none.</exception>
    /// <exception cref="IOException">Writing to <paramref name="stream"/> failed (the stream's own error, passed on).</exception>
    public virtual void Write(ForecastWriterContext context, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, Utf8, bufferSize: -1, leaveOpen: true) { NewLine = "\n" };
        Write(context, writer);
    }

    /// <summary>Returns the context's forecasts as text, lines ending with <c>\n</c>.</summary>
    /// <param name="context">What to write.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A writer of one document was given several forecasts, or none.</exception>
    public string WriteToString(ForecastWriterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(context, writer);
        return writer.ToString();
    }

    /// <summary>Returns the context's single forecast, as writers of <see cref="ReportWriterScope.Document"/> scope need.</summary>
    /// <param name="context">The context.</param>
    /// <returns>Its one forecast.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The context holds no forecast or several; write each with <see cref="ForecastWriterContext.ForForecast"/>.</exception>
    protected Forecasting.ComplianceForecast SingleForecast(ForecastWriterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Forecasts.Count != 1)
        {
            throw new ArgumentException($"The {Format} format writes one forecast at a time; the context holds {context.Forecasts.Count}. Write each with ForForecast(index).", nameof(context));
        }

        return context.Forecasts[0];
    }
}
