using System.Text;

namespace S3Criteria.Writers;

/// <summary>
/// Writes reports in one output format (console text, JSON, SARIF, Markdown, HTML, the self-assessment table...).
/// A writer is pure: everything it prints comes from the <see cref="ReportWriterContext"/> it is given, so the same
/// context gives the same bytes wherever and whenever it runs. Find the writers of the built-in formats by name in
/// <see cref="ReportWriterRegistry.Default"/>.
/// </summary>
/// <threadsafety static="true" instance="true">A writer holds no state; one instance may write many contexts at once.</threadsafety>
public abstract class ReportWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates a writer.</summary>
    protected ReportWriter()
    {
    }

    /// <summary>Gets the format's name, as a command line's <c>--format</c> takes it (<c>sarif</c>).</summary>
    public abstract string Format { get; }

    /// <summary>Gets the extension of a file in this format, without the dot (<c>sarif</c>).</summary>
    public abstract string FileExtension { get; }

    /// <summary>Gets whether one output holds one document's report or a whole run.</summary>
    public abstract ReportWriterScope Scope { get; }

    /// <summary>
    /// Gets a value indicating whether the format records documents that failed to load
    /// (<see cref="ReportWriterContext.LoadFailures"/>), as SARIF's <c>executionSuccessful: false</c> does, so that a
    /// run in which nothing loaded still writes it. Formats that do not (the default) are not written then, and an
    /// earlier report in their place is kept.
    /// </summary>
    public virtual bool ReportsLoadFailures => false;

    /// <summary>
    /// Gets a value indicating whether the format is binary (a Word or Excel file): it is written to a
    /// <see cref="Stream"/> only, and a command line never writes it to a terminal.
    /// </summary>
    /// <value>Default <see langword="false"/>: the format is text, written to a <see cref="TextWriter"/> or a stream.</value>
    public virtual bool IsBinary => false;

    /// <summary>Writes the context's reports as text.</summary>
    /// <param name="context">What to write. A writer of <see cref="ReportWriterScope.Document"/> scope needs exactly one report.</param>
    /// <param name="writer">Where the text goes; left open. Lines end as <see cref="TextWriter.NewLine"/> says, except in formats that fix their line ends.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The context does not hold what the format needs (one report for a document format, the strategy for HTML).</exception>
    public abstract void Write(ReportWriterContext context, TextWriter writer);

    /// <summary>Writes the context's reports to a stream as UTF-8 without a byte order mark, lines ending with <c>\n</c>.</summary>
    /// <param name="context">What to write.</param>
    /// <param name="stream">The stream; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The context does not hold what the format needs.</exception>
    /// <exception cref="IOException">Writing to <paramref name="stream"/> failed (the stream's own error, passed on).</exception>
    public virtual void Write(ReportWriterContext context, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, Utf8, bufferSize: -1, leaveOpen: true) { NewLine = "\n" };
        Write(context, writer);
    }

    /// <summary>Returns the context's reports as text, lines ending with <c>\n</c>.</summary>
    /// <param name="context">What to write.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The context does not hold what the format needs.</exception>
    public string WriteToString(ReportWriterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(context, writer);
        return writer.ToString();
    }

    /// <summary>Returns the context's single report, as writers of <see cref="ReportWriterScope.Document"/> scope need.</summary>
    /// <param name="context">The context.</param>
    /// <returns>Its one report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The context holds no report or several; write each with <see cref="ReportWriterContext.ForReport"/>.</exception>
    protected ReportEntry SingleReport(ReportWriterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Reports.Count != 1)
        {
            throw new ArgumentException($"The {Format} format writes one report at a time; the context holds {context.Reports.Count}. Write each with ForReport(index).", nameof(context));
        }

        return context.Reports[0];
    }
}
