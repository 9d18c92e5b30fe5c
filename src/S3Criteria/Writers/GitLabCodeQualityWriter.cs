using System.Text;
using System.Text.Json;
using S3Criteria.Rules;

namespace S3Criteria.Writers;

/// <summary>
/// The <c>gitlab</c> format: a GitLab code-quality report (the JSON array that a job's <c>artifacts:reports:codequality</c>
/// takes), one issue per open finding, rule error and problem of a document that could not be loaded, with
/// <c>description</c>, <c>check_name</c>, <c>fingerprint</c> (a finding's SARIF fingerprint, stable across runs),
/// <c>severity</c> and <c>location.path</c> with <c>location.lines.begin</c>. What fails the run is <c>blocker</c> (a
/// blocking rule) or <c>critical</c>; other findings are <c>major</c> (blocking), <c>minor</c> (advisory) or <c>info</c>.
/// </summary>
internal sealed class GitLabCodeQualityWriter : ReportWriter
{
    public override string Format => "gitlab";

    public override string FileExtension => "json";

    public override ReportWriterScope Scope => ReportWriterScope.Run;

    /// <inheritdoc/>
    public override bool ReportsLoadFailures => true;

    public override void Write(ReportWriterContext context, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new Utf8JsonWriter(stream, JsonOutput.Options);
        w.WriteStartArray();
        foreach (var issue in CiIssues.Of(context))
        {
            w.WriteStartObject();
            w.WriteString("description", $"{issue.Title}: {issue.Message}");
            w.WriteString("check_name", issue.CheckName);
            w.WriteString("fingerprint", issue.Fingerprint);
            w.WriteString("severity", SeverityOf(issue));
            w.WriteStartObject("location");
            w.WriteString("path", issue.File ?? "(no file)");
            w.WriteStartObject("lines");
            w.WriteNumber("begin", issue.Line);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.Flush();
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

    private static string SeverityOf(CiIssue issue) => issue switch
    {
        { Fails: true, Severity: Severity.Blocking or null } => "blocker",
        { Fails: true } => "critical",
        { Severity: Severity.Blocking } => "major",
        { Severity: Severity.Advisory } => "minor",
        _ => "info",
    };
}
