using System.Globalization;
using System.Text;
using S3Criteria.Rules;
using S3Criteria.Writers.Escaping;

namespace S3Criteria.Writers;

/// <summary>
/// The <c>github</c> format: GitHub Actions workflow commands that annotate the documents in a run's summary and a pull
/// request's diff, one per line: <c>::error file=strategy.yaml,line=12,col=5,title=C7-01 priority p1::message</c>. What
/// fails the run (<see cref="ReportWriterContext.Fails"/>, rule errors, documents that could not be loaded) is an
/// <c>error</c>; other open findings are a <c>warning</c> (blocking, advisory) or a <c>notice</c> (info). Every value
/// goes through <see cref="AnnotationEscaping"/>, so no text of a document can end a command or start another.
/// </summary>
internal sealed class GitHubAnnotationsWriter : ReportWriter
{
    public override string Format => "github";

    public override string FileExtension => "txt";

    public override ReportWriterScope Scope => ReportWriterScope.Run;

    /// <inheritdoc/>
    public override bool ReportsLoadFailures => true;

    public override void Write(ReportWriterContext context, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var issue in CiIssues.Of(context))
        {
            var command = new StringBuilder("::");
            command.Append(issue.Fails ? "error" : issue.Severity == Severity.Info ? "notice" : "warning");
            var properties = new List<string>();
            if (issue.File is { } file)
            {
                properties.Add("file=" + AnnotationEscaping.Property(file));
                properties.Add(string.Create(CultureInfo.InvariantCulture, $"line={issue.Line}"));
                if (issue.Column is { } column)
                {
                    properties.Add(string.Create(CultureInfo.InvariantCulture, $"col={column}"));
                }
            }

            properties.Add("title=" + AnnotationEscaping.Property(issue.Title));
            command.Append(' ').AppendJoin(',', properties).Append("::").Append(AnnotationEscaping.Data(issue.Message));

            // Workflow commands are read line by line: the line end is always \n, whatever the writer's.
            writer.Write(command.Append('\n').ToString());
        }
    }
}
